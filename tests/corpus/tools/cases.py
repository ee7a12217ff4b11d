from cases_paas import CASES_PAAS
from cases_cci import CASES_CCI
from cases_sdk import CASES_SDK
from cases_koupleless import CASES_KOUPLELESS

CASES = CASES_PAAS + CASES_CCI + CASES_SDK + CASES_KOUPLELESS
