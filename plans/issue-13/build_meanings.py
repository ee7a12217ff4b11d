#!/usr/bin/env python3
"""Builds /work/coord/meanings/{paas,cci,sdk,koupleless}.tsv: a kind and a retry advice,
each with its origin and evidence, for every published code and every vendor-source row.

Reproducible: `python3 build_meanings.py` re-reads the crate's tables (/work/main/codes) and
the vendor-source tables (/work/shared/vendor-source) and rewrites the four TSVs. The rules
are documented in DESIGN.md; the per-code judgements of the crate are the OVERRIDES tables in
overrides.py, each with a one-line reason.
"""
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from overrides import KIND_OVERRIDES, ADVICE_OVERRIDES  # noqa: E402

CODES = "/work/main/codes"
VS = "/work/shared/vendor-source"

OYR_RUNTIME = "openyuanrong/runtime"
OYR_RUNTIME_COMMIT = "96152fe84c6814540bbea9958cd34813bcb046ad"
APIGW_DOC_COMMIT = "048bdd762bf332e967d29738169023aa96bb4acf"
APIGW_DOC_ZH = "src/dashboard/apigateway/apigateway/data/knowledge_doc/api_response/api_response_err_code.md"
APIGW_DOC_EN = "src/dashboard/apigateway/apigateway/data/knowledge_doc/api_response/api_response_err_code_en.md"
APIGW_MIRROR = "/work/.mirror/TencentBlueKing+blueking-apigateway/repo"

KINDS = [
    "ok", "cancelled", "unknown", "invalid_argument", "deadline_exceeded", "not_found",
    "already_exists", "permission_denied", "resource_exhausted", "failed_precondition", "aborted",
    "out_of_range", "unimplemented", "internal", "unavailable", "unauthenticated",
]
ADVICES = ["not_an_error", "do_not_retry", "retry_after_fix", "retry_with_backoff", "throttled"]
ORIGINS = ["vendor_text", "vendor_source", "http_status", "crate"]


# ---------------------------------------------------------------- reading the tables
def read_tsv(path, skip_source_line):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if skip_source_line:
        lines = lines[1:]
    header = lines[0].split("\t")
    rows = []
    for lineno, line in enumerate(lines[1:], start=(3 if skip_source_line else 2)):
        if not line:
            continue
        cells = line.split("\t")
        assert len(cells) == len(header), (path, lineno, len(cells), len(header))
        d = dict(zip(header, cells))
        d["_tsv_line"] = lineno
        rows.append(d)
    return header, rows


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


# ---------------------------------------------------------------- word lists
# A kind's origin is `vendor_text` when one of these words (case-insensitive) stands in a text
# the vendor wrote for the code (page text, sent message, wire/symbolic name, source comment).
KIND_WORDS = OrderedDict([
    ("ok", [r"\bsuccess\b", r"\bok\b", r"ERR_NONE\b", r"ERR_OK\b", r"NoneError", r"StatusOk",
            r"StatusAccepted", r"StatusNoContent", r"SuccessCode", r"CodeSuccess", r"HEALTH_CHECK_HEALTHY"]),
    ("resource_exhausted", [r"rate.?limit", r"frequency", r"频率", r"too often", r"频繁", r"traffic.?limit",
                            r"concurrency", r"backpressure", r"too.?many.?requests", r"limit reached",
                            r"上限", r"exceed", r"out.?of.?limit", r"quota", r"配额", r"too.?large",
                            r"过大", r"not.?enough", r"insufficient", r"不足", r"reach.?max", r"beyond maximum",
                            r"overload", r"heavy.?load", r"memory.?limit", r"disk.?full", r"已满", r"超限", r"超过",
                            r"rate.?limited", r"too.?many", r"no available resource", r"SIZE_LIMIT", r"limit exceeded"]),
    ("deadline_exceeded", [r"time.?out", r"timed.?out", r"超时", r"deadline"]),
    ("unauthenticated", [r"unauthori[sz]ed", r"authenticat", r"auth.?check", r"\btoken\b", r"认证", r"鉴权",
                         r"credential", r"verif(y|ication).?failed", r"\bjwt\b", r"signature", r"签名",
                         r"\bsid\b", r"授权信息", r"身份凭证", r"AUTHORIZE_FAILED", r"licen[cs]e", r"证书"]),
    ("permission_denied", [r"permission", r"权限", r"forbidden", r"denied", r"no right", r"not.?allowed",
                           r"restriction", r"禁止", r"仅管理员", r"only administrators", r"beta users", r"公测",
                           r"授信", r"\bagency\b", r"委托", r"无权", r"no operational permissions"]),
    ("not_found", [r"not.?found", r"not.?exist", r"不存在", r"找不到", r"未找到", r"没找到", r"no such",
                   r"no.?matched", r"cannot be found", r"has not been created", r"missed", r"\bmissing\b",
                   r"is nil", r"pool is empty|资源池为空"]),
    ("already_exists", [r"already.?exist", r"已存在", r"\bexists?\b", r"duplicat", r"重复", r"repeat",
                        r"conflict", r"冲突", r"\bexisted\b", r"已经被导入", r"already provisioned", r"NameExist"]),
    ("invalid_argument", [r"\binvalid", r"invaild", r"inavlid", r"\billegal", r"非法", r"不合法", r"\bparam(eter)?s?\b",
                          r"PARAM", r"参数", r"\bformat\b", r"格式", r"\bempty\b", r"为空", r"not valid", r"validat",
                          r"unmarshal", r"未携带", r"未指定", r"\bmust\b", r"mismatch", r"not match", r"不匹配",
                          r"不一致", r"\bincorrect", r"bad.?request", r"\busage\b", r"不正确", r"\bargs?\b",
                          r"argument", r"校验失败", r"不是", r"not a yaml", r"NOT_SET", r"\bnot set\b", r"未设置",
                          r"EMPTY", r"ERROR_FILE_FORMAT", r"INVALID", r"Invalid", r"FormatErr", r"\bmissing\b", r"MISSING", r"缺失"]),
    ("unimplemented", [r"unsupport", r"not.?supported?\b", r"不支持", r"暂不支持", r"not enabled?\b", r"NOT_ENABLE",
                       r"cmd.?not.?found", r"未支持", r"does not support", r"NOT_SUPPORT"]),
    ("unavailable", [r"unavailab", r"unavaliab", r"unreachable", r"不可达", r"not.?ready", r"未就绪",
                     r"connection", r"连接", r"network", r"网络", r"disconnect", r"bad.?gateway", r"upgrading",
                     r"不可用", r"not.?available", r"temporarily", r"circuit", r"communication", r"unhealthy",
                     r"sub.?health", r"\bexiting\b", r"avalible", r"暂不可用", r"UNAVAILABLE", r"Unavailable"]),
    ("failed_precondition", [r"not released", r"尚未", r"not yet", r"disabled", r"未开启", r"not bound", r"in use",
                             r"is used", r"使用了", r"occupied", r"not configured", r"未配置", r"deprecated", r"废弃",
                             r"at least", r"至少", r"未激活", r"未注册", r"inactive", r"not.?installed", r"未安装",
                             r"未启动", r"not.?started", r"must not", r"状态异常", r"state is abnormal",
                             r"status is abnormal", r"has been bound", r"未申请", r"NOT_DEPLOYED", r"未部署",
                             r"not turned on", r"未下架", r"not fully", r"已被", r"已使用", r"cannot be deleted",
                             r"不能被删除", r"unbind", r"has been installed", r"no service ID", r"stateless",
                             r"NOT_RELEASED", r"Inactive", r"INACTIVE", r"DISABLED", r"IsDisabled", r"not released"]),
    ("aborted", [r"ongoing", r"进行中", r"in progress", r"being installed", r"executing", r"under operation",
                 r"in operation", r"mutual exclusion", r"unfinished", r"has been executed", r"正在", r"reloading",
                 r"ONGOING", r"InOperation", r"UnderOperation", r"MutualExclusion", r"Executing"]),
    ("cancelled", [r"cancel", r"取消"]),
    ("out_of_range", [r"out of the query range", r"out of range", r"boundary", r"\bfinished\b", r"FINISHED"]),
    ("internal", [r"internal", r"内部", r"system error", r"database", r"数据库", r"exception", r"异常",
                  r"\betcd\b", r"redis", r"marshal", r"core dump", r"rocksdb", r"rockdb", r"rabbitmq",
                  r"logic error", r"逻辑错误", r"process.?exit", r"EXCEPTION", r"Exception", r"INTERNAL", r"Internal",
                  r"ETCD", r"Etcd", r"\bdead\b", r"(?-i:\bDB)", r"故障|malfunction", r"crash"]),
    ("unknown", [r"unknown", r"未知", r"DEFAULT_CODE", r"默认错误码", r"\(default\)", r"（默认）", r"other .*errors", r"默认错误"]),
])
KIND_RE = {k: re.compile("|".join(v), re.I) for k, v in KIND_WORDS.items()}

# Status the vendor sends -> kind (only statuses that name one condition; 400 and 500 do not).
STATUS_KIND = {401: "unauthenticated", 403: "permission_denied", 404: "not_found", 409: "already_exists",
               429: "resource_exhausted", 503: "unavailable", 504: "deadline_exceeded", 408: "deadline_exceeded",
               413: "invalid_argument", 414: "invalid_argument", 415: "invalid_argument"}
# Status the vendor sends -> advice (RFC 9110 / AWS SDK transient and throttling statuses).
STATUS_ADVICE = {429: "throttled", 502: "retry_with_backoff", 503: "retry_with_backoff",
                 504: "retry_with_backoff", 408: "retry_with_backoff"}

# Advice words in a vendor's solution/description/message/comment.
THROTTLE_RE = re.compile(r"rate.?limit|frequency|频率|too often|频繁|traffic.?limit|concurrency exceeds|"
                         r"降低并发|backpressure|too.?many.?requests|request limit reached|请求已达上限|"
                         r"reduce the (call frequency|concurrency)|降低调用频率|\brate-limited\b", re.I)
RETRY_RE = re.compile(r"retry|try again|重试|再试|call the function again|please wait", re.I)
BACKOFF_RE = re.compile(r"稍后|稍候|等待|一段时间|later|wait|interval|间隔|please retry$|^请重试$|^please retry$",
                        re.I)
FIX_RE = re.compile(r"修改|modify|restore the abnormal|\bfix\b|修复|请确定|请确认|please confirm|请确保|"
                    r"please ensure|check whether|check the|check if|check that|请检查|检查|排查|请输入|please enter|"
                    r"请提供|请指定|请传入|请选择|select|请申请|apply for|申请|请向管理员|请先|please add|请导入|请购买|"
                    r"请扩大|请配置|请关联|请查询正确|please scale out|please replace|please restart|add the|"
                    r"reduce|降低|adjust|调整|increase|调大|provide|include|ensure|请删除|请在|请获取|修改user|"
                    r"change the|将协议|将调用方|加到|授信|同意授权|注册并激活|确认|请安装|安装|"
                    r"determine whether|go to the|到 开发者中心|\bcheck\b|请联系客服申请|升级|根据", re.I)
VAGUE_RE = re.compile(r"^(please check\.?|请排查|请检查|-|please check the failure reason|请排查失败原因|请检查失败原因)$", re.I)
CONTACT_ONLY_RE = re.compile(r"^(contact us\.?|collect environment information and contact us\.?|请联系技术支持|"
                             r"联系技术支持解决|请联系技术支持。?|联系我们。?|收集环境信息并联系我们。?)$", re.I)


# ---------------------------------------------------------------- openYuanrong runtime retry lists
def rt(path, line):
    return f"{OYR_RUNTIME}:{path}@{OYR_RUNTIME_COMMIT[:12]}:{line}"


RUNTIME_RETRY = {
    # symbol -> list of citations (each: where, what)
    "ERR_REQUEST_BETWEEN_RUNTIME_BUS": [
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1723-1726"), "InvokeAdaptor::NeedRetry, InvokeFunction codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1732-1736"), "InvokeAdaptor::NeedRetry, CreateInstance codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "750-752"), "TaskSubmitter::NeedRetryCreate (always)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_INNER_COMMUNICATION": [
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1723-1726"), "InvokeAdaptor::NeedRetry, InvokeFunction codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1732-1736"), "InvokeAdaptor::NeedRetry, CreateInstance codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "750-752"), "TaskSubmitter::NeedRetryCreate (always)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_SHARED_MEMORY_LIMITED": [
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1723-1726"), "InvokeAdaptor::NeedRetry, InvokeFunction codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_OPERATE_DISK_FAILED": [
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1723-1726"), "InvokeAdaptor::NeedRetry, InvokeFunction codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_INSUFFICIENT_DISK_SPACE": [
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1723-1726"), "InvokeAdaptor::NeedRetry, InvokeFunction codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1732-1736"), "InvokeAdaptor::NeedRetry, CreateInstance codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_RESOURCE_NOT_ENOUGH": [
        (rt("src/libruntime/invokeadaptor/invoke_adaptor.cpp", "1732-1736"), "InvokeAdaptor::NeedRetry, CreateInstance codesWorthRetry (only when retryTimes > 0)"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "750-752"), "TaskSubmitter::NeedRetryCreate (always)")],
    "ERR_NON_CORRECT_SCHEDULER_OWNER": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "750-752"), "TaskSubmitter::NeedRetryCreate (always)")],
    "ERR_INSTANCE_EVICTED": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "855-857"), "TaskSubmitter::NeedRetry: stateless invoke retried without consuming retryTimes, up to the max retry time")],
    "ERR_INSTANCE_NOT_FOUND": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "855-857"), "TaskSubmitter::NeedRetry: stateless invoke retried without consuming retryTimes, up to the max retry time"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_INSTANCE_EXITED": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "855-857"), "TaskSubmitter::NeedRetry: stateless invoke retried without consuming retryTimes, up to the max retry time"),
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_USER_FUNCTION_EXCEPTION": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_INSTANCE_SUB_HEALTH": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
    "ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND": [
        (rt("src/libruntime/invokeadaptor/task_submitter.cpp", "871-876"), "TaskSubmitter::NeedRetry, stateless codesWorthRetry (only when retryTimes > 0)")],
}
# The frontend's statuscode.go repeats some runtime codes under its own names; the runtime
# compares numbers, so these rows are covered by the same lists.
FRONTEND_ALIAS = {
    "ErrInstanceNotFound": "ERR_INSTANCE_NOT_FOUND", "ErrInstanceExitedCode": "ERR_INSTANCE_EXITED",
    "ErrInstanceEvicted": "ERR_INSTANCE_EVICTED", "ErrUserFunctionException": "ERR_USER_FUNCTION_EXCEPTION",
    "ErrRequestBetweenRuntimeBusCode": "ERR_REQUEST_BETWEEN_RUNTIME_BUS",
    "ErrInnerCommunication": "ERR_INNER_COMMUNICATION",
    "ErrRequestBetweenRuntimeFrontendCode": "ERR_REQUEST_BETWEEN_RUNTIME_FRONTEND",
    "ErrSharedMemoryLimited": "ERR_SHARED_MEMORY_LIMITED", "ErrOperateDiskFailed": "ERR_OPERATE_DISK_FAILED",
    "ErrInsufficientDiskSpace": "ERR_INSUFFICIENT_DISK_SPACE",
    "AcquireNonOwnerSchedulerErrorCode": "ERR_NON_CORRECT_SCHEDULER_OWNER",
}
RUNTIME_DOC = (rt("docs/source_en/multi_language_function_programming_interface/api/distributed_programming/Cpp/struct-InvokeOptions.md", "77-92"),
               "docs: framework-retried without consuming attempts: ERR_RESOURCE_NOT_ENOUGH, ERR_INSTANCE_NOT_FOUND, ERR_INSTANCE_EXITED; "
               "recommended user-decided retry: ERR_USER_FUNCTION_EXCEPTION, ERR_REQUEST_BETWEEN_RUNTIME_BUS, ERR_INNER_COMMUNICATION, "
               "ERR_SHARED_MEMORY_LIMIT, EDERR_OPERATE_DISK_FAILED, ERR_INSUFFICIENT_DISK_SPACE")
RUNTIME_DOC_FRAMEWORK = {"ERR_RESOURCE_NOT_ENOUGH", "ERR_INSTANCE_NOT_FOUND", "ERR_INSTANCE_EXITED"}
RUNTIME_DOC_USER = {"ERR_USER_FUNCTION_EXCEPTION", "ERR_REQUEST_BETWEEN_RUNTIME_BUS", "ERR_INNER_COMMUNICATION",
                    "ERR_SHARED_MEMORY_LIMITED", "ERR_OPERATE_DISK_FAILED", "ERR_INSUFFICIENT_DISK_SPACE"}

# Source comments that say to retry (statuscode.go / snerror): vendor_source advice.
SOURCE_RETRY_COMMENT = re.compile(r"need retry|try again|retry required|and retry", re.I)


COMMITS = {"openyuanrong/functionsystem": "41d938ba8152", "openyuanrong/frontend": "379f8887309b",
           "openyuanrong/runtime": "96152fe84c68", "koupleless/runtime": "3edfa911eb2e",
           "sofastack/sofa-ark": "5a1780f51210", "koupleless/virtual-kubelet": "cd3508cd97b6",
           "koupleless/module-controller": "54dbf46e376f"}


def cite(repo, path, line):
    return f"{repo}:{path}@{COMMITS[repo]}:{line}"


# ---------------------------------------------------------------- the model
class Ident:
    """One code as the crate will hold it (a variant), with every row that names it."""

    def __init__(self, key, platform):
        self.key = key
        self.platform = platform
        self.rows = []  # (platform_key_dict, note) rows to write
        self.texts = []  # (label, text) vendor texts, label says where
        self.names = []  # (label, name)
        self.comments = []  # (label, comment) vendor source comments
        self.status = None  # (status:int, label) the vendor sends
        self.runtime_symbols = set()
        self.notes = []

    def add_text(self, label, text):
        text = text.strip()
        if text and (label, text) not in self.texts:
            self.texts.append((label, text))


IDENTS = OrderedDict()


def ident(key, platform):
    if key not in IDENTS:
        IDENTS[key] = Ident(key, platform)
    return IDENTS[key]


SECOND = {}


def load_second_language():
    _, rows = read_tsv(f"{VS}/second-language.tsv", True)
    for r in rows:
        SECOND.setdefault((r["catalog"], r["code"]), []).append(r)


def vendor_status(ident_, status, origin, label):
    if origin in ("published", "source") and status:
        ident_.status = (int(status), label)


# ---------------------------------------------------------------- paas
def load_paas():
    _, pub = read_tsv(f"{CODES}/paas.tsv", False)
    for r in pub:
        i = ident(f"paas:{r['code']}", "paas")
        i.rows.append(OrderedDict(source_table="paas.tsv", code=r["code"], component="", table="", file="", line="",
                                  discriminator=""))
        lang_msg = "zh" if r["module"] in ("paas", "login", "console", "appengine", "paasagent", "esb") else "en"
        page = "bk-open-paas.md" if lang_msg == "zh" else "bk-paas3.md"
        i.add_text(f"{page} message({lang_msg})", unescape(r["message"]))
        if r["solution"]:
            i.add_text(f"{page} solution({lang_msg})", unescape(r["solution"]))
        if r["source_message"]:
            i.add_text(f"source message({'en' if lang_msg == 'zh' else 'zh'})", r["source_message"])
        if r["source_solution"]:
            i.add_text("ESB source solution(en)", r["source_solution"])
        for n in filter(None, r["vendor_names"].split(",")):
            i.names.append(("vendor name", n))
        if r["flag"] and r["flag"] != "_":
            i.names.append(("open_paas flag", r["flag"]))
        vendor_status(i, r["status"], r["status_origin"], f"status {r['status']} ({r['status_origin']})")
        i.published = True
    # bkpaas3 source
    _, rows = read_tsv(f"{VS}/bkpaas3-source-codes.tsv", True)
    for r in rows:
        if r["number"] and f"paas:{r['number']}" in IDENTS:
            i = IDENTS[f"paas:{r['number']}"]
        else:
            i = ident(f"bkpaas3:{r['name']}", "paas")
            i.published = False
        i.rows.append(OrderedDict(source_table="bkpaas3-source-codes.tsv", code=r["name"], component="", table="",
                                  file=r["file"], line=r["line"], discriminator=""))
        i.add_text("bkpaas3 source message_zh", r["message_zh"])
        if r["message_en"]:
            i.add_text("bkpaas3 server English (django.po)", r["message_en"])
        i.names.append(("wire code", r["name"]))
        i.status = (int(r["status"]), f"status_code {r['status']} in {r['file']}:{r['line']}")
    # ESB
    _, rows = read_tsv(f"{VS}/esb-source-codes.tsv", True)
    for r in rows:
        key = f"paas:{r['number']}"
        if key not in IDENTS:
            i = ident(f"esb:{r['number']}", "paas")
            i.published = False
        else:
            i = IDENTS[key]
        i.rows.append(OrderedDict(source_table="esb-source-codes.tsv", code=r["number"], component="", table="",
                                  file=r["file"], line=r["line"], discriminator=""))
        i.add_text(f"ESB source message(en) {os.path.basename(r['file'])}:{r['line']}", r["message_en"])
        if r["solution_en"]:
            i.add_text(f"ESB source solution(en) {os.path.basename(r['file'])}:{r['line']}", r["solution_en"])
        i.names.append(("vendor name", r["name"]))
        if r["status"]:
            i.status = (int(r["status"]), f"ESB status {r['status']} ({r['file']}:{r['line']})")
    # API gateway
    _, rows = read_tsv(f"{VS}/bk-apigateway-codes.tsv", True)
    docs = {"zh": apigw_doc(APIGW_DOC_ZH), "en": apigw_doc(APIGW_DOC_EN)}
    for r in rows:
        i = ident(f"apigw:{r['number']}:{r['code_name']}", "paas")
        i.published = False
        i.rows.append(OrderedDict(source_table="bk-apigateway-codes.tsv", code=r["number"], component="", table="",
                                  file=r["file"], line=r["line"], discriminator=r["code_name"]))
        i.add_text("gateway message(en) errorx.lua:" + r["line"], r["message_en"])
        i.names.append(("code_name", r["code_name"]))
        if r["status"]:
            i.status = (int(r["status"]), f"gateway status {r['status']} (errorx.lua:{r['line']})")
        for lang, col, path in (("zh", "doc_line_zh", APIGW_DOC_ZH), ("en", "doc_line_en", APIGW_DOC_EN)):
            if r[col]:
                sol = docs[lang](int(r[col]))
                if sol:
                    i.add_text(f"gateway doc {lang} ({'TencentBlueKing/blueking-apigateway:' + path}@{APIGW_DOC_COMMIT[:12]}:{sol[0]})",
                               sol[1])


def apigw_doc(path):
    try:
        import subprocess
        text = subprocess.run(["git", "-C", APIGW_MIRROR, "show", f"{APIGW_DOC_COMMIT}:{path}"], check=True,
                              capture_output=True, text=True).stdout.split("\n")
    except Exception:  # the mirror may be gone; the doc evidence is then left out
        text = []

    def solution_after(line_no):
        for n in range(line_no, min(line_no + 40, len(text))):
            t = text[n - 1]
            if t.startswith("### ") and n > line_no:
                return None
            m = re.match(r"^- (Solution|处理)[:：]\s*(.*)$", t)
            if m:
                body = [m.group(2).strip()] if m.group(2).strip() else []
                k = n
                while not body and k < len(text):
                    k += 1
                    if text[k - 1].strip():
                        body.append(text[k - 1].strip().lstrip("- ").strip())
                return (n, " ".join(body))
        return None

    return solution_after


# ---------------------------------------------------------------- cci
def load_cci():
    _, pub = read_tsv(f"{CODES}/cci.tsv", False)
    for r in pub:
        i = ident(f"cci:{r['code']}", "cci")
        i.published = True
        i.rows.append(OrderedDict(source_table="cci.tsv", code=r["code"], component="", table="", file="", line="",
                                  discriminator=""))
        i.add_text("huawei-cci.md 错误信息(en)", r["message"])
        i.add_text("huawei-cci.md 描述(zh)", r["description"])
        i.add_text("huawei-cci.md 处理措施(zh)", r["solution"])
        i.status = (int(r["status"]), f"published status {r['status']}")


# ---------------------------------------------------------------- openYuanrong
def load_sdk():
    _, pub = read_tsv(f"{CODES}/sdk.tsv", False)
    pub_by = {}
    for r in pub:
        i = ident(f"{r['table']}:{r['code']}", "sdk")
        i.published = True
        pub_by[(r["table"], r["code"])] = (i, set(filter(None, r["vendor_names"].split(","))))
        i.rows.append(OrderedDict(source_table="sdk.tsv", code=r["code"], component="", table=r["table"], file="",
                                  line="", discriminator=""))
        cat = "openyuanrong-sdk" if r["table"] == "sdk" else "openyuanrong-rest"
        if r["table"] == "sdk":
            i.add_text("openyuanrong.md SDK Description(en)", r["message"])
            i.add_text("openyuanrong.md SDK Solution(en)", r["solution"])
        else:
            i.add_text("openyuanrong.md REST Error Message", r["message"])
            i.add_text("openyuanrong.md REST Description(en)", r["description"])
        for s in SECOND.get((cat, r["code"]), []):
            i.add_text(f"openyuanrong-zh.md {s['field']}(zh)", s["text"])
        for n in filter(None, r["vendor_names"].split(",")):
            i.names.append(("vendor symbol", n))
            if r["table"] == "sdk":
                i.runtime_symbols.add(n)
        vendor_status(i, r["status"], r["status_origin"], f"status {r['status']} ({r['status_origin']})")
    _, rows = read_tsv(f"{VS}/openyuanrong-source-codes.tsv", True)
    for r in rows:
        i = None
        if r["published"] == "yes (sdk table)":
            pi, syms = pub_by[("sdk", r["number"])]
            if r["symbol"] in syms:
                i = pi
        elif r["published"] == "yes (rest table)":
            i = pub_by[("rest", r["number"])][0]
        if i is None:
            short = r["repo"].split("/")[1] + "/" + os.path.basename(r["file"])
            i = ident(f"oyr:{short}:{r['number']}:{r['symbol']}", "sdk")
            i.published = False
        i.rows.append(OrderedDict(source_table="openyuanrong-source-codes.tsv", code=r["number"], component="",
                                  table="", file=r["file"], line=r["line"], discriminator=r["message_line"]))
        where = cite(r["repo"], r["file"], r["line"])
        i.names.append((f"symbol ({where})", r["symbol"]))
        if r["message"]:
            i.add_text(f"source message ({r['message_from'] or where})", r["message"])
        if r["comment"]:
            i.comments.append((where, r["comment"]))
        if r["file"].endswith("err_type.h") or r["file"].endswith("common.proto"):
            i.runtime_symbols.add(r["symbol"])
        if r["symbol"] in FRONTEND_ALIAS:
            i.runtime_symbols.add(FRONTEND_ALIAS[r["symbol"]])
        if r["http_status"] and i.status is None:
            i.status = (int(r["http_status"]), f"http_status {r['http_status']} ({r['http_rule']}, {where})")


# ---------------------------------------------------------------- Koupleless
def load_koupleless():
    _, pub = read_tsv(f"{CODES}/koupleless.tsv", False)
    for r in pub:
        for src in [s.strip() for s in r["sources"].split("/")]:
            code = f"{src}.{r['type']}"
            i = ident(f"kl:{r['component']}:{code}", "koupleless")
            i.published = True
            i.rows.append(OrderedDict(source_table="koupleless.tsv", code=code, component=r["component"], table="",
                                      file="", line="", discriminator=""))
            i.add_text("koupleless.md meaning(en)", r["meaning"])
            if r["solution"]:
                i.add_text("koupleless.md solution(en)", r["solution"])
            for s in SECOND.get(("koupleless", f"{r['component']}:{code}"), []):
                if s["field"] in ("meaning", "solution"):
                    i.add_text(f"koupleless-zh.md {s['field']}(zh)", s["text"])
            i.names.append(("type", r["type"]))
    _, rows = read_tsv(f"{VS}/koupleless-wire-codes.tsv", True)
    for r in rows:
        comp = r["component"]
        if "sofa-ark code" in comp or comp == "sofa-ark":
            group = "sofa-ark"
        elif comp.startswith("Arklet"):
            group = "Arklet"
        else:
            group = comp
        i = ident(f"klw:{group}:{r['code']}", "koupleless")
        i.published = False
        i.rows.append(OrderedDict(source_table="koupleless-wire-codes.tsv", code=r["code"], component=r["component"],
                                  table="", file=r["file"], line=r["line"], discriminator=r["code"]))
        i.names.append(("code", r["code"]))
        i.names.append(("symbol", r["symbol"]))
        if r["meaning"] and r["kind"] == "message":
            i.add_text(f"wire message ({cite(r['repo'], r['file'], r['line'])})", r["meaning"])
        elif r["meaning"] and "whole const block" not in r["meaning_kind"]:
            i.comments.append((cite(r["repo"], r["file"], r["line"]), r["meaning"]))


# ---------------------------------------------------------------- deciding
def q(label, text, limit=160):
    t = text.replace("\n", " ").replace("\t", " ")
    if len(t) > limit:
        t = t[:limit] + "…"
    return f'{label}: "{t}"'


def is_solution(label):
    return any(w in label for w in ("solution", "Solution", "处理", "gateway doc"))


def all_vendor_words(i):
    return ([(l, t) for l, t in i.names] + [(l, t) for l, t in i.texts if not is_solution(l)]
            + [(f"comment {l}", t) for l, t in i.comments])


def kind_guess(i):
    for l, n in i.names:
        if KIND_RE["ok"].search(n):
            return "ok"
    for k, rx in KIND_RE.items():
        if k == "ok":
            continue
        for l, t in all_vendor_words(i):
            if rx.search(t):
                return k
    return "unknown"


def decide_kind(i):
    if i.key in KIND_OVERRIDES:
        kind, reason = KIND_OVERRIDES[i.key]
        rule = f"crate judgement: {reason}"
    else:
        kind = kind_guess(i)
        rule = "crate rule K1: first kind whose words occur in the vendor's names and messages (DESIGN.md); none -> unknown"
    i.kind_note = ""
    if i.status and i.status[0] in STATUS_KIND and STATUS_KIND[i.status[0]] != kind:
        i.kind_note = f"the vendor sends status {i.status[0]}, which alone would read as {STATUS_KIND[i.status[0]]}"
    # origin: vendor text naming the kind's condition, else the vendor's status, else crate
    rx = KIND_RE[kind]
    for l, t in all_vendor_words(i):
        m = rx.search(t)
        if m:
            return kind, ("vendor_source" if l.startswith("comment ") else "vendor_text"), q(l, t), rule
    if i.status and STATUS_KIND.get(i.status[0]) == kind:
        return kind, "http_status", i.status[1], rule
    return kind, "crate", rule, rule


def decide_advice(i, kind):
    notes = []
    texts = i.texts
    # solution-like texts (advice lives there); messages count too where the vendor puts advice in them
    throttle = [(l, t) for l, t in texts + i.names if THROTTLE_RE.search(t)]
    retry = [(l, t) for l, t in texts if RETRY_RE.search(t) and not re.search(r"retries failed|重试多次失败|多次重试失败", t, re.I)]
    fix = [(l, t) for l, t in texts if is_solution(l) and FIX_RE.search(t) and not VAGUE_RE.match(t.strip())]
    contact = [(l, t) for l, t in texts if CONTACT_ONLY_RE.match(t.strip())]
    src_retry = []
    for s in sorted(i.runtime_symbols):
        for where, what in RUNTIME_RETRY.get(s, []):
            src_retry.append((where, f"{s}: {what}"))
    comment_retry = [(l, t) for l, t in i.comments if SOURCE_RETRY_COMMENT.search(t)]
    if i.key in ADVICE_OVERRIDES:
        adv, origin, reason = ADVICE_OVERRIDES[i.key][:3]
        ev = reason
        if origin == "vendor_text":
            src = throttle or retry or fix or contact
            if src:
                ev = q(*src[0])
        elif origin == "vendor_source":
            src = comment_retry or src_retry
            if src:
                ev = q(*src[0]) if comment_retry else f"{src[0][0]} ({src[0][1]})"
        elif origin == "http_status":
            ev = i.status[1]
        if len(ADVICE_OVERRIDES[i.key]) > 3:
            ev = ADVICE_OVERRIDES[i.key][3]
        if origin == "crate":
            ev = f"crate judgement: {reason}"
        else:
            notes.append(f"crate reading: {reason}")
        result = (adv, origin, ev, "")
    elif kind == "ok":
        result = ("not_an_error", "crate", "crate rule A0: kind ok", "")
    elif kind == "resource_exhausted" and throttle:
        ev_items = list(dict.fromkeys(throttle[:3] + retry[:2]))
        result = ("throttled", "vendor_text", " | ".join(q(*x) for x in ev_items), "")
    elif retry:
        l, t = retry[0]
        if FIX_RE.search(t) and not re.search(r"或等待|or wait", t):
            adv = "retry_after_fix"
        else:
            adv = "throttled" if kind == "resource_exhausted" and THROTTLE_RE.search(t) else "retry_with_backoff"
        result = (adv, "vendor_text", q(l, t), "")
    elif fix and not all(CONTACT_ONLY_RE.match(t.strip()) for _, t in fix):
        l, t = fix[0]
        result = ("retry_after_fix", "vendor_text", q(l, t), "")
    elif page_note_applies(i, kind):
        result = ("retry_with_backoff", "vendor_text", OYR_PAGE_NOTE, "")
        notes.append("the page gives this advice once for the SDK table as a whole ('Internal Server error', "
                     "'timeout exceptions'); the crate applies it to SDK code 3003 'Internal error.' and to every openYuanrong "
                     "code whose own name or text says timeout")
    elif comment_retry:
        result = ("retry_with_backoff", "vendor_source", q("comment " + comment_retry[0][0], comment_retry[0][1]), "")
    elif src_retry:
        result = ("retry_with_backoff", "vendor_source", f"{src_retry[0][0]} ({src_retry[0][1]})", "")
    elif i.status and i.status[0] in STATUS_ADVICE:
        result = (STATUS_ADVICE[i.status[0]], "http_status", i.status[1], "")
    else:
        adv = CRATE_ADVICE[kind]
        result = (adv, "crate", f"crate rule A1: kind {kind} -> {adv}", "")
    adv, origin, ev, extra = result
    # record disagreements between the vendor's evidences
    if src_retry and adv not in ("retry_with_backoff", "throttled"):
        notes.append(f"the runtime retries this code itself ({'; '.join(w + ' ' + x for w, x in src_retry[:2])}); "
                     f"the page's solution asks the caller to act, so an error that reaches the caller has outlived those retries")
    if i.runtime_symbols & RUNTIME_DOC_FRAMEWORK and not any(s in RUNTIME_RETRY and any("without consuming" in x for _, x in RUNTIME_RETRY[s]) for s in i.runtime_symbols):
        notes.append("docs (struct-InvokeOptions.md:79-83) say the framework retries this code for stateless functions, "
                     "but TaskSubmitter::NeedRetry retries ERR_INSTANCE_EVICTED/NOT_FOUND/EXITED without consuming attempts; "
                     "ERR_RESOURCE_NOT_ENOUGH is retried only by NeedRetryCreate and by CreateInstance when retryTimes > 0")
    if src_retry and origin == "vendor_text" and adv in ("retry_with_backoff", "throttled"):
        pass
    if origin == "vendor_text" and adv == "throttled" and not src_retry and i.runtime_symbols and kind == "resource_exhausted":
        notes.append(f"docs and code disagree: the runtime's retry lists ({OYR_RUNTIME}@{OYR_RUNTIME_COMMIT[:12]} "
                     "src/libruntime/invokeadaptor/invoke_adaptor.cpp:1715-1746 InvokeAdaptor::NeedRetry, "
                     "src/libruntime/invokeadaptor/task_submitter.cpp:747-756 NeedRetryCreate and 851-890 NeedRetry) "
                     "do not include this code, so the SDK never retries it itself although its docs tell the caller to retry")
    if page_note_applies(i, kind) and origin == "vendor_text" and adv != "retry_with_backoff":
        notes.append("the page's note after the SDK table says timeout exceptions can be retried later; "
                     "the code's own solution text is preferred")
    if contact and adv != "do_not_retry":
        notes.append(f"the vendor also says only {q(*contact[0])}")
    if i.status and i.status[0] in STATUS_ADVICE and STATUS_ADVICE[i.status[0]] != adv and origin != "http_status":
        notes.append(f"the vendor's status ({i.status[1]}) alone would say {STATUS_ADVICE[i.status[0]]}")
    if throttle and adv != "throttled":
        notes.append(f"rate words in {q(*throttle[0], limit=60)} but the crate does not read them as throttling here")
    return adv, origin, ev, notes + ([extra] if extra else [])


OYR_PAGE_NOTE = ('openyuanrong.md note after the SDK table (lines 62-69): "The following types of exceptions can be retried later. '
                 'If unresolved, contact us." | openyuanrong-zh.md note: "以下类型异常可稍后重试，如无法解决，联系我们。"')
TIMEOUT_RE = re.compile(r"time.?out|timed.?out|超时", re.I)


def page_note_applies(i, kind):
    if i.platform != "sdk":
        return False
    if i.key == "sdk:3003":
        return True
    return kind == "deadline_exceeded" and any(TIMEOUT_RE.search(t) for _, t in all_vendor_words(i))


CRATE_ADVICE = {
    "ok": "not_an_error", "cancelled": "do_not_retry", "unknown": "do_not_retry",
    "invalid_argument": "retry_after_fix", "deadline_exceeded": "retry_with_backoff", "not_found": "retry_after_fix",
    "already_exists": "retry_after_fix", "permission_denied": "retry_after_fix",
    "resource_exhausted": "retry_after_fix", "failed_precondition": "retry_after_fix",
    "aborted": "retry_with_backoff", "out_of_range": "retry_after_fix", "unimplemented": "do_not_retry",
    "internal": "do_not_retry", "unavailable": "retry_with_backoff", "unauthenticated": "retry_after_fix",
}

HEADER = ["source_table", "code", "component", "table", "file", "line", "discriminator", "published",
          "kind", "kind_origin", "advice", "advice_origin", "kind_evidence", "advice_evidence", "note"]


def clean(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    load_second_language()
    load_paas()
    load_cci()
    load_sdk()
    load_koupleless()
    unknown_keys = [key for key in list(KIND_OVERRIDES) + list(ADVICE_OVERRIDES) if key not in IDENTS]
    if unknown_keys:
        raise SystemExit(f"overrides name variants that do not exist: {unknown_keys}")
    out = {p: [] for p in ("paas", "cci", "sdk", "koupleless")}
    for i in IDENTS.values():
        kind, korigin, kev, krule = decide_kind(i)
        adv, aorigin, aev, notes = decide_advice(i, kind)
        if korigin == "crate" and krule not in kev:
            kev = krule
        if kind != "ok" and adv == "not_an_error":
            raise SystemExit(f"{i.key}: not_an_error on a failure kind")
        if korigin != "crate" and krule.startswith("crate judgement"):
            kev = kev + " [" + krule + "]"
        note = "; ".join(dict.fromkeys(n for n in [i.kind_note] + notes if n))
        for r in i.rows:
            row = OrderedDict(r)
            row["published"] = "yes" if i.published else "no"
            row.update(kind=kind, kind_origin=korigin, advice=adv, advice_origin=aorigin,
                       kind_evidence=kev, advice_evidence=aev, note=note)
            row["_ident"] = i.key
            out[i.platform].append(row)
    for p, rows in out.items():
        with open(os.path.join(HERE, f"{p}.tsv"), "w", encoding="utf-8") as f:
            f.write(f"# kind and retry advice for every {p} code the crate holds; generated by build_meanings.py; rules in DESIGN.md\n")
            f.write("\t".join(HEADER + ["variant"]) + "\n")
            for r in rows:
                f.write("\t".join(clean(str(r[h])) for h in HEADER) + "\t" + clean(r["_ident"]) + "\n")
    print({p: len(r) for p, r in out.items()}, "identities", len(IDENTS))


if __name__ == "__main__":
    main()
