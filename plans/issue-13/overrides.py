"""The crate's per-code judgements, each with its reason (DESIGN.md, rule K2 and A2).

KIND_OVERRIDES: variant key -> (kind, reason). Used where the first-match word rule (K1)
picks the wrong kind or none. The origin of an overridden kind is still computed from the
vendor's words and status (vendor_text / http_status when they name that kind, else crate).

ADVICE_OVERRIDES: variant key -> (advice, origin, reason[, evidence]). Used where the
precedence rules (A-rules) give an answer the vendor's own evidence contradicts, or where the
vendor's evidence needs a citation the tables do not carry.
"""

FS = "oyr:functionsystem/errorcode.go"
FE = "oyr:frontend/statuscode.go"
RT = "oyr:runtime/err_type.h"
PR = "oyr:functionsystem/common.proto"
GO = "oyr:runtime/error.go"

K = {}


def k(kind, reason, *keys):
    for key in keys:
        K[key] = (kind, reason)


# ---------------------------------------------------------------- paas (bkpaas3, open_paas, ESB, gateway)
k("unknown", "says only that getting the code version failed; 'not available' here is not a service outage", "paas:4312004")
k("failed_precondition", "the OAuth binding must exist before this call", "paas:4312003")
k("resource_exhausted", "the pool of pre-created service instances has run out", "paas:4313022")
k("failed_precondition", "the platform's cluster configuration (certificate/token) is wrong, per the troubleshooting text", "paas:4313021")
k("invalid_argument", "the request or package lacks required information", "paas:4312010", "paas:4314002")
k("invalid_argument", "the uploaded app description file could not be analysed", "paas:4314003")
k("unavailable", "a dependency (image registry / object storage) could not be reached", "paas:4314004", "paas:4312011")
k("failed_precondition", "platform configuration is wrong; the operator must fix it", "paas:1301001", "paas:1302001", "paas:1303001")
k("unavailable", "a dependency (database, redis, HTTP service, bksuite DB, AppEngine) cannot be reached",
  "paas:1301002", "paas:1301003", "paas:1301004", "paas:1301007", "paas:1301008", "paas:1301200",
  "paas:1302002", "paas:1302003", "paas:1302004", "paas:1303002", "paas:1303003", "paas:1303004",
  "paas:1303200", "paas:1303201", "paas:1303202", "paas:1304001", "paas:1305103", "paas:1301100", "paas:1301101",
  "paas:1306001", "paas:1306201", "paas:1306204", "paas:1306205", "esb:1306221")
k("failed_precondition", "a required server/agent is not registered, activated or started",
  "paas:1301005", "paas:1301103", "paas:1304301")
k("internal", "a platform-side failure with no caller-side cause", "paas:1301300", "paas:1303100", "paas:1303101", "paas:1303102",
  "paas:1306202", "paas:1306208")
k("failed_precondition", "a licence/certificate must be installed and valid", "paas:1302005", "paas:1303005", "paas:1305101")
k("unauthenticated", "sid/token of the agent do not match the registered ones", "paas:1305102")
k("unknown", "a generic error of the module; the cause is in the log", "paas:1304101", "paas:1304201", "paas:1306000")
k("failed_precondition", "the component channel's configuration (set by the ESB admin) is invalid", "paas:1306102")
k("failed_precondition", "the component's SSL certificate directory/certificates are missing or expired", "paas:1306203")
k("unimplemented", "the component does not support the third party's test environment", "paas:1306206")
k("unauthenticated", "no current user: bk_token or bk_username is required", "paas:1306401")
k("permission_denied", "'权限不足' is insufficient permission, not resource exhaustion", "paas:1306402", "paas:1306403")
k("permission_denied", "ESB blocked the request to the third-party system", "esb:1306207")
k("failed_precondition", "the gateway's resource configuration makes the request recursive", "apigw:1650801:RECURSIVE_REQUEST_DETECTED")
k("unavailable", "the gateway could not get a response from the backend", "apigw:1650201:ERROR_REQUESTING_RESOURCE", "apigw:1650200:BAD_GATEWAY")
k("deadline_exceeded", "the backend did not answer within the gateway's timeout", "apigw:1650401:REQUEST_BACKEND_TIMEOUT")
k("unknown", "the backend answered 5xx; the gateway does not say why", "apigw:1650000:REQUEST_RESOURCE_5xx")
k("invalid_argument", "a per-request size limit: the request itself must be smaller (resource_exhausted is kept for quotas, counts and rates)",
  "apigw:1641301:BODY_SIZE_LIMIT_EXCEED", "apigw:1641401:URI_SIZE_LIMIT_EXCEED", "bkpaas3:AGENT_SANDBOX_FILE_TOO_LARGE")
k("internal", "the gateway's resource configuration is broken", "apigw:1650002:INVALID_RESOURCE_CONFIG")
k("unauthenticated", "the request carries no valid sysapi client", "bkpaas3:SYSAPI_CLIENT_NOT_FOUND")
k("already_exists", "the authorisation relationship already exists", "bkpaas3:APP_AUTHENTICATED_ALREADY_EXISTS")
k("failed_precondition", "the app owner's role forbids the operation in the app's current state", "bkpaas3:MEMBERSHIP_OWNER_FAILED")
k("permission_denied", "access to a protected resource failed", "bkpaas3:APP_RES_PROTECTED")
k("unknown", "deleting a quota plan failed; no quota is exhausted", "bkpaas3:CANNOT_DELETE_RES_QUOTA_PLAN")
k("failed_precondition", "CI resources must be created first", "bkpaas3:RESOURCE_NOT_READY_BEFORE_OAUTH")
k("invalid_argument", "the query criteria are wrong ('请检查查询条件')", "bkpaas3:QUERY_REQUEST_ERROR")
k("failed_precondition", "the item may not be changed in its current state", "bkpaas3:CANNOT_MODIFY_ITEM")
k("failed_precondition", "the market service's opening conditions are not met", "bkpaas3:RELEASED_MARKET_CONDITION_NOT_MET")
k("invalid_argument", "the uploaded source file is corrupted", "bkpaas3:FILE_CORRUPTED_ERROR")
k("invalid_argument", "the Cloud API path is wrong", "bkpaas3:CLOUDAPI_PATH_ERROR")
k("failed_precondition", "the region's user type is not configured", "bkpaas3:CLOUDAPI_REGION_NOT_FOUND")
k("failed_precondition", "the operation needs an app of the BlueKing Plugin type", "bkpaas3:APP_IS_NOT_BK_PLUGIN")
k("unavailable", "the vendor asks to wait and try again: a transient failure", "bkpaas3:ERROR_SENDING_NOTIFICATION",
  "bkpaas3:UNABLE_TO_SET_DISTRIBUTORS", "bkpaas3:UNABLE_TO_GRANT_DISTRIBUTOR", "bkpaas3:UNABLE_TO_REVOKE_DISTRIBUTOR")
k("unknown", "managing image credentials failed; the code gives no cause", "bkpaas3:CREATE_CREDENTIALS_FAILED", "bkpaas3:DELETE_CREDENTIALS_FAILED")
k("invalid_argument", "the image credentials given are invalid", "bkpaas3:INVALID_CREDENTIALS")
k("unknown", "an operation failed; the code gives no cause", "bkpaas3:CANNOT_SET_DEFAULT", "bkpaas3:AGENT_SANDBOX_ARCHIVE_FAILED",
  "bkpaas3:DEV_SANDBOX_CREATE_FAILED", "bkpaas3:AGENT_SANDBOX_CREATE_FAILED", "bkpaas3:AGENT_SANDBOX_DELETE_FAILED",
  "bkpaas3:AGENT_SANDBOX_FILE_OPERATION_FAILED", "bkpaas3:AGENT_SANDBOX_PROCESS_OPERATION_FAILED",
  "bkpaas3:AGENT_SANDBOX_VOLUME_CREATE_FAILED", "bkpaas3:AGENT_SANDBOX_VOLUME_DELETE_FAILED", "bkpaas3:SWITCH_DEFAULT_CLUSTER_FAILED")
k("invalid_argument", "the file's type cannot be previewed (the vendor sends 415)", "bkpaas3:AGENT_SANDBOX_FILE_NOT_PREVIEWABLE")
k("failed_precondition", "the deployment information must be set first", "bkpaas3:BKAPP_NOT_SET")
k("unavailable", "the statistics interface failed", "bkpaas3:REQUEST_PA_FAIL")

# ---------------------------------------------------------------- cci
k("failed_precondition", "the volume's state is abnormal ('存储卷状态异常')", "cci:CCI.01.400305")
k("invalid_argument", "the storage class/type asked for is not one the API accepts", "cci:CCI.01.400307", "cci:CCI.01.400308")
k("internal", "the service could not find its own cluster endpoint", "cci:CCI.01.500101")
k("permission_denied", "the user has no permission for the operation ('无权限')",
  "cci:CCI.01.403104", "cci:CCI.01.403105", "cci:CCI.01.403106", "cci:CCI.01.403107", "cci:CCI.01.403108", "cci:CCI.01.403109",
  "cci:CCI.01.403110", "cci:CCI.01.403111", "cci:CCI.01.403112", "cci:CCI.01.403113", "cci:CCI.01.403114")
k("permission_denied", "CCI has not been granted the agency (authorisation) it needs", "cci:CCI.01.404101", "cci:CCI.01.401102")
k("failed_precondition", "the release's state does not allow an update", "cci:CCI.04.403131")
k("invalid_argument", "only addon charts are accepted", "cci:CCI.04.400111")
k("invalid_argument", "a field is longer than allowed", "cci:CCI.04.400112", "cci:CCI.04.400202")
k("invalid_argument", "the chart file is empty", "cci:CCI.04.400119")
k("invalid_argument", "a per-request size limit (2M chart package)", "cci:CCI.04.400304")
k("invalid_argument", "the request body cannot be unmarshalled", "cci:CCI.02.400101", "cci:CCI.02.400104")
k("permission_denied", "the tenant is not on the whitelist", "cci:CCI.02.400102")
k("invalid_argument", "the request's content type is not accepted", "cci:CCI.02.400103")
k("unknown", "updating quotas failed; the code gives no cause", "cci:CCI.02.400105")
k("failed_precondition", "an empty namespace cannot be deleted", "cci:CCI.02.400107")
k("invalid_argument", "a required field is missing", "cci:CCI.02.400111", "cci:CCI.02.400112", "cci:CCI.02.400113", "cci:CCI.02.400114")
k("not_found", "the quota/resource quota asked for does not exist", "cci:CCI.02.404102", "cci:CCI.02.404103")
k("failed_precondition", "the namespace already belongs to dedicated nodes", "cci:CCI.02.409102")
k("internal", "converting the response failed", "cci:CCI.03.500101")
k("failed_precondition", "no dedicated node is available in the namespace", "cci:CCI.02.400121")
k("invalid_argument", "the package/order body is invalid", "cci:CCI.03.400110", "cci:CCI.03.400102", "cci:CCI.03.400104")
k("unauthenticated", "the token lacks user information", "cci:CCI.03.400103")

# ---------------------------------------------------------------- openYuanrong published
k("invalid_argument", "the configured resources are wrong (solution: check the configured resources)", "sdk:1006")
k("unavailable", "the instance serving the call has exited", "sdk:1007", FE + ":1007:ErrInstanceExitedCode")
k("invalid_argument", "the configuration passed (ExtensionMeta / InvokeOptions) is wrong", "sdk:1008", "sdk:1010", "sdk:1011")
k("unavailable", "the instance was evicted", "sdk:1013", FE + ":1013:ErrInstanceEvicted")
k("internal", "the platform's instance information is inconsistent", "sdk:1016")
k("failed_precondition", "the user code cannot be loaded (library, permissions)", "sdk:2001")
k("unknown", "the user's own function raised or dumped core; the platform cannot classify it",
  "sdk:2002", FE + ":2002:ErrUserFunctionException", FE + ":4002:UserFuncRunningExceptionErrCode", FS + ":4002:FunctionExceptionCode",
  FE + ":200705:UserFunctionInvokeError")
k("unavailable", "a connection inside the platform failed", "sdk:3001", FE + ":3001:ErrRequestBetweenRuntimeBusCode", "sdk:3008",
  FE + ":3008:ErrRequestBetweenRuntimeFrontendCode")
k("internal", "a platform component failed; the vendor asks to collect information and contact it",
  "sdk:3009", "sdk:3010", "sdk:3011", "sdk:3012", "sdk:3013", "sdk:4003", "sdk:4203", FE + ":4203:ErrOperateDiskFailed")
k("deadline_exceeded", "the solution asks whether the get timeout is reasonable", "sdk:4005")
k("invalid_argument", "the create/invoke/kill parameters are wrong (solution: modify them)", "sdk:4007", "sdk:4008", "sdk:4009")
k("failed_precondition", "a request this one depends on failed", "sdk:4306")
k("failed_precondition", "calls are made after Finalize/Terminate", "sdk:9000", FE + ":9000:ErrFinalized")
k("failed_precondition", "the function version still has an alias", "rest:4105")
k("invalid_argument", "a per-request size limit (one layer version / one package)", "rest:4106", "rest:4127", "rest:4129", "rest:4130")
k("out_of_range", "the page asked for lies outside the list", "rest:4123")
k("invalid_argument", "the list given contains duplicates", "rest:4125")
k("aborted", "optimistic concurrency: the revision sent is not the stored one", "rest:4134")
k("internal", "the service failed handling package storage or its own data", "rest:121016", "rest:121017", "rest:121030",
  "rest:121032", "rest:121058", "rest:122004")
k("invalid_argument", "the uploaded package or request body cannot be processed", "rest:121029", "rest:121048")
k("internal", "the source calls it an internal error; the page says 'subcribe stream failed'", "rest:330404")

# ---------------------------------------------------------------- openYuanrong source
k("ok", "success code", PR + ":0:ERR_NONE", RT + ":0:ERR_OK", FE + ":0:InnerResponseSuccessCode", FE + ":200200:FrontendStatusOk",
  FE + ":200202:FrontendStatusAccepted", FE + ":200204:FrontendStatusNoContent", GO + ":0:NoneError", GO + ":200200:FrontendStatusOk",
  RT + ":9002:ERR_HEALTH_CHECK_HEALTHY")
k("failed_precondition", "configuration or state the call needs is missing or wrong",
  PR + ":1018:ERR_SCHEDULE_PLUGIN_CONFIG", PR + ":1019:ERR_SUB_STATE_INVALID", PR + ":1020:ERR_INSTANCE_SUSPEND",
  RT + ":1020:ERR_INSTANCE_SUSPEND", RT + ":4298:ERR_CLIENT_ALREADY_CLOSED", RT + ":9006:ERR_FUNCTION_MASTER_NOT_CONFIGURED",
  RT + ":5003:ERR_SESSION_NOT_WAITING", FE + ":4005:UndefinedStateErrCode", GO + ":4005:UndefinedState", FE + ":4036:StsConfigErrCode",
  FE + ":200600:HTTPStreamNOTEnableError", FS + ":4218:TooManySpecializedFails")
k("unavailable", "the instance is busy/unhealthy or the request reached the wrong scheduler; the platform asks to go elsewhere or later",
  PR + ":1021:ERR_INSTANCE_BUSY", RT + ":1021:ERR_INSTANCE_BUSY", RT + ":150464:ERR_NON_CORRECT_SCHEDULER_OWNER",
  FE + ":150464:AcquireNonOwnerSchedulerErrorCode", RT + ":9003:ERR_HEALTH_CHECK_FAILED", FE + ":150431:NoInstanceAvailableErrCode",
  FE + ":150431:GettingPodErrorCode", FS + ":150431:GettingPodErrorCode", FE + ":211406:SendReqErrCode", FS + ":4224:WebSocketDownStreamConnError",
  FS + ":161912:WebSocketUpStreamConnError", FE + ":161908:WorkerPingVpcGatewayError", FS + ":161908:WorkerPingVpcGatewayError",
  FS + ":150430:ClusterOverloadCode", FS + ":150510:VIPClusterOverloadCode", FE + ":150510:VIPClusterOverloadCode",
  FE + ":150435:RefreshSilentFunc", FS + ":150435:RefreshSilentFunc")
k("unavailable", "the vendor's comment says to try again: a transient internal error", FE + ":331404:InternalRetryErrCode",
  FS + ":331404:InternalErrorRetry")
k("internal", "a platform-side failure", PR + ":3016:ERR_NPU_FAULT_ERROR", RT + ":9001:ERR_CREATE_RETURN_BUFFER",
  FE + ":200601:CreateStreamProducerError", FE + ":200602:QueryStreamCustomerError", FE + ":200603:SendDataToStreamError",
  FE + ":200604:WriteResponseError", FE + ":200701:DsUploadFailed", FE + ":200702:DsDownloadFailed", FE + ":200703:DsDeleteFailed",
  FE + ":214501:ScaleUpRequestErrCode", FE + ":161904:CheckSumErrorCode", FS + ":161904:CheckSumErrorCode",
  FE + ":161905:DownLoadCodeErrorCode", FS + ":161905:DownLoadCodeErrorCode", FE + ":161906:RPCClientEmptyErrorCode",
  FS + ":161906:RPCClientEmptyErrorCode", FE + ":161909:UploadSnapshotErrorCode", FS + ":161909:UploadSnapshotErrorCode",
  FE + ":161911:ContentInconsistentErrorCode", FS + ":161911:ContentInconsistentErrorCode", FE + ":6001:ExecutorErrCodeInitFail",
  GO + ":6001:ExecutorErrCodeInitFail", FS + ":4206:RuntimeMountErrorCode")
k("out_of_range", "end of a generator's stream", RT + ":9005:ERR_GENERATOR_FINISHED")
k("cancelled", "the client terminal was killed", RT + ":9008:ERR_CLIENT_TERMINAL_KILLED")
k("aborted", "the session was interrupted", RT + ":5002:ERR_SESSION_INTERRUPTED")
k("aborted", "the function was updated while the call was under way", FE + ":211411:UserFuncIsUpdatedCode")
k("resource_exhausted", "the frontend sheds load and asks to choose another proxy/worker", FE + ":211429:BackpressureCode")
k("invalid_argument", "a per-request size limit (request, response or state content)", FE + ":200413:FrontendStatusRequestEntityTooLarge",
  FE + ":4003:StateContentTooLargeErrCode", FE + ":4004:UserFuncRspExceedLimitErrCode", GO + ":4003:StateContentTooLarge",
  GO + ":4004:ResponseExceedLimit", FE + ":4140:FrontendStatusMaxRequestBodySize", GO + ":4140:RequestBodyExceedLimit",
  FS + ":4040:MaxRequestBodySizeErr", FS + ":4008:IllegalArgumentErrorCode", FS + ":4028:TooManyDependencyFiles")
k("invalid_argument", "a resource was specified where none may be", FE + ":4026:FrontendStatusUnableSpecifyResource",
  FS + ":4026:UnableSpecifyResourceCode")
k("invalid_argument", "a stateful function was invoked without a state ID", FS + ":4029:InvokeStatefulFunctionWithoutStateID")
k("deadline_exceeded", "acquiring an instance lease timed out", FE + ":150430:InsThdReqTimeoutCode")
k("cancelled", "the checkpoint was cancelled", FS + ":150440:CancelCheckpoint")
k("internal", "the runtime process or manager exited", FS + ":4204:RuntimeProcessExit")
k("resource_exhausted", "a limit on POSIX instance creation, like 1012 ERR_CREATE_RATE_LIMITED", FE + ":161912:CreateLimitErrorCode")
k("resource_exhausted", "the number of leases reached its maximum", FE + ":4025:StateInstanceNoLease")
k("unknown", "the user's function failed to initialise or to answer the heartbeat", GO + ":4010:HeartBeatInvokeError")

# ---------------------------------------------------------------- Koupleless
k("invalid_argument", "the URL given cannot be parsed", "kl:Arklet:OtherUpstream.DecodeURLFailed", "kl:ModuleController:OtherUpstream.DecodeURLFailed")
k("failed_precondition", "the conditions for the operation are not met",
  "kl:Arklet:Arklet.InstallationRequirementNotMet", "kl:Arklet:Arklet.UnInstallationRequirementNotMet",
  "kl:ModuleController:ModuleController.RescaleRequirementNotMet", "kl:ModuleController:ModuleController.BaseInstanceHasBeenReplaced",
  "kl:KouplelessBoard:KouplelessBoard.BaselineInconsistency")
k("unavailable", "pulling the package failed; the vendor says to retry", "kl:Arklet:Arklet.PullBizError")
k("unavailable", "the machine of the base malfunctions", "kl:Arklet:User.MachineMalfunction")
k("unknown", "the user's business code failed during installation", "kl:Arklet:User.InstallBizUserError")
k("unknown", "uninstallation failed; the biz is still in the container", "kl:Arklet:Arklet.UninstallBizFailed")
k("unavailable", "the vendor says to retry a database read/write: transient", "kl:ModuleController:ModuleController.DBAccessError")
k("unknown", "the component's own retries are exhausted; no cause given", "kl:ModuleController:ModuleController.RetryTimesExceeded")
k("unavailable", "no working node is available now", "kl:ModuleController:ModuleController.ProcessNodeMissed")
k("unimplemented", "this ModuleController version lacks the template type", "kl:ModuleController:ModuleController.ServiceMissed")
k("resource_exhausted", "thread pool or queue full", "kl:ModuleController:ModuleController.ResourceConstraned")
k("unavailable", "more than half of the base instances cannot be reached",
  "kl:KouplelessBoard:ModuleController.OverFiftyPercentBaseInstancesUnavaliable")
k("unknown", "an external service failed; no cause given", "kl:KouplelessBoard:OtherDownstream.ExternalError")
k("ok", "success code", "klw:Arklet:SUCCESS", "klw:sofa-ark:SUCCESS", "klw:virtual-kubelet:00000")
k("unknown", "a generic failure; the message names the operation only", "klw:Arklet:FAILED", "klw:sofa-ark:FAILED",
  "klw:virtual-kubelet:01002", "klw:virtual-kubelet:01003", "klw:ModuleController:00003")
k("unimplemented", "Arklet does not know the command", "klw:Arklet:CMD_NOT_FOUND")
k("failed_precondition", "the biz is in a state that forbids the switch", "klw:sofa-ark:ILLEGAL_STATE_BIZ")
k("internal", "closing the module's SpringContext failed", "klw:koupleless-common:100001")
k("failed_precondition", "the module or its context is not in the required state", "klw:koupleless-common:100003",
  "klw:koupleless-common:100004", "klw:koupleless-common:100006")
k("not_found", "the module's MainApplicationContext has no such instance", "klw:koupleless-common:100007")
k("deadline_exceeded", "a timeout code", "klw:virtual-kubelet:00001", "klw:virtual-kubelet:00002")

KIND_OVERRIDES = K

A = {}


def a(advice, origin, reason, keys, evidence=None):
    for key in keys:
        A[key] = (advice, origin, reason) + ((evidence,) if evidence else ())


a("do_not_retry", "vendor_text", "the vendor says the error can usually be ignored", ["paas:1305104"],
  'bk-open-paas.md solution(zh): "通常可忽略该错误"')
a("retry_after_fix", "vendor_text", "the message itself tells the caller to have the resource configuration checked",
  ["apigw:1650801:RECURSIVE_REQUEST_DETECTED"],
  'gateway message(en) errorx.lua:242: "Recursive request detected, please contact the api manager to check the resource configuration"')
a("retry_with_backoff", "http_status", "a 502 from the gateway is transient; the doc's text only says whom to ask",
  ["apigw:1650200:BAD_GATEWAY"])
a("retry_after_fix", "vendor_text", "the message asks the caller to check the query criteria", ["bkpaas3:QUERY_REQUEST_ERROR"],
  'bkpaas3 source message_zh: "查询日志失败，请检查查询条件"')
a("do_not_retry", "crate", "official charts may not be downloaded at all; the vendor only says to contact support",
  ["cci:CCI.04.403124"])
a("do_not_retry", "crate", "a duplicate of a request already made; sending it again duplicates it again", ["sdk:1004"])
a("do_not_retry", "crate", "scheduling was cancelled; the solution lists causes, not a remedy", ["sdk:1017"])
a("retry_after_fix", "crate", "re-read the entry and send its current revision", ["rest:4134"])
a("do_not_retry", "crate", "an internal error; the comment at this line about retrying is for 331404, not this code",
  ["rest:330404"])
for key, where, text in [
        ("oyr:frontend/statuscode.go:331404:InternalRetryErrCode", "openyuanrong/frontend:pkg/common/faas_common/statuscode/statuscode.go@379f8887309b:35",
         "InternalErrorCode if the value is 331404, try again."),
        ("oyr:functionsystem/errorcode.go:331404:InternalErrorRetry", "openyuanrong/functionsystem:functionsystem/apps/meta_service/common/snerror/errorcode.go@41d938ba8152:23",
         "Internal error ,if the value is 331404, try again.")]:
    a("retry_with_backoff", "vendor_source", "the source comment on the neighbouring constant says to try again on 331404", [key],
      f'comment {where}: "{text}"')
a("throttled", "vendor_source", "the frontend sheds load; its comment says to choose another proxy/worker and retry",
  ["oyr:frontend/statuscode.go:211429:BackpressureCode"],
  'comment openyuanrong/frontend:pkg/common/faas_common/statuscode/statuscode.go@379f8887309b:43: '
  '"BackpressureCode indicate that frontend should choose another proxy/worker and retry"')
for key in ["oyr:frontend/statuscode.go:150431:NoInstanceAvailableErrCode", "oyr:frontend/statuscode.go:150431:GettingPodErrorCode",
            "oyr:functionsystem/errorcode.go:150431:GettingPodErrorCode"]:
    a("retry_with_backoff", "vendor_source", "the runtime retries the acquire on the next scheduler when it gets 150431", [key],
      "openyuanrong/runtime:src/libruntime/invokeadaptor/faas_instance_manager.cpp@96152fe84c68:377-390 "
      "(AcquireCallback: on ERR_NO_INSTANCE_AVAILABLE (150431) it picks the next owner scheduler and reports ERR_INNER_COMMUNICATION (3002), which its retry lists retry)")
a("retry_with_backoff", "crate", "server overload is transient (AIP-194: UNAVAILABLE-like conditions are retried with backoff)",
  ["oyr:frontend/statuscode.go:214503:HeavyLoadCode", "oyr:functionsystem/errorcode.go:150430:ClusterOverloadCode",
   "oyr:functionsystem/errorcode.go:150510:VIPClusterOverloadCode", "oyr:frontend/statuscode.go:150510:VIPClusterOverloadCode",
   "oyr:frontend/statuscode.go:150429:ReachMaxInstancesCode", "oyr:functionsystem/errorcode.go:150429:ReachMaxInstancesCode",
   "oyr:frontend/statuscode.go:150461:InstanceExceedConcurrency", "oyr:frontend/statuscode.go:4025:StateInstanceNoLease"])
a("throttled", "crate", "a creation limit of the same kind as 1012 ERR_CREATE_RATE_LIMITED, which the vendor calls rate limiting",
  ["oyr:frontend/statuscode.go:161912:CreateLimitErrorCode"])
a("do_not_retry", "crate", "the component's own retries are already exhausted", ["kl:ModuleController:ModuleController.RetryTimesExceeded"])
a("do_not_retry", "crate", "end of a generator's stream: nothing failed, nothing to repeat", ["oyr:runtime/err_type.h:9005:ERR_GENERATOR_FINISHED"])

ADVICE_OVERRIDES = A
