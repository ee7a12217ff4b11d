//! The error bodies of the body benches, one per platform and shape, and the
//! plain structs with `String` fields that a user would write instead of
//! `ApiError`, with no use of errcodes: `benches/body_instructions.sh` builds
//! the serde way of reading them as a program of its own, whose instruction
//! counts then do not move with the errcodes code linked beside it
//! (BENCHMARKS.md, "Bodies"). `bodies.rs` pairs each with errcodes' reader.
//!
//! The plain structs declare every field of their body, so both ways read the
//! same text: strings as `String`, numbers as numbers, and object values
//! (`metadata`, `data`) as raw JSON, which is what errcodes keeps of them.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// CCI: a Kubernetes Status with `errorCode`.
pub const CCI: &[u8] = br#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace name is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}"#;
/// BlueKing ESB: `result: false` with a numeric code, at HTTP 200.
pub const ESB: &[u8] = br#"{"result":false,"code":1306406,"data":null,"message":"Parameters error, bk_biz_id is required","request_id":"5f1c2a3b4d5e6f708192a3b4c5d6e7f8"}"#;
/// BlueKing PaaS 3.0: the symbolic code and `detail`.
pub const PAAS3: &[u8] = r#"{"code":"CANNOT_DEPLOY_APP","detail":"部署失败: 构建超时"}"#.as_bytes();
/// openYuanrong REST: a numeric code, `message` and `trace_id`.
pub const SDK: &[u8] = br#"{"code":4115,"message":"function [0@faaspy@hello3] is not found. check input parameters","trace_id":"7d2c5b1e-0f3a-4c6d-9e8b-2a1f0c3d4e5f"}"#;
/// Koupleless two-level code, in the crate's own body.
pub const TWO_LEVEL: &[u8] = br#"{"code":"FAILED","message":"install biz not success!","errorCode":"Arklet.InstallBizFailed","component":"Arklet","baseIdentity":"base-1"}"#;
/// Koupleless Arklet's response, with `data.code`.
pub const ARKLET: &[u8] = br#"{"code":"FAILED","message":"install biz not success!","baseIdentity":"base-1","data":{"code":"REPEAT_BIZ","message":"Biz: dynamic-provider:1.0.0 has been installed or registered."}}"#;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CciPlain {
    kind: String,
    api_version: String,
    metadata: Box<RawValue>,
    status: String,
    message: String,
    reason: String,
    code: u16,
    error_code: String,
}

#[derive(Serialize, Deserialize)]
pub struct EsbPlain {
    result: bool,
    code: u32,
    data: Option<Box<RawValue>>,
    message: String,
    request_id: String,
}

#[derive(Serialize, Deserialize)]
pub struct Paas3Plain {
    code: String,
    detail: String,
}

#[derive(Serialize, Deserialize)]
pub struct SdkPlain {
    code: u32,
    message: String,
    trace_id: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArkletPlain {
    code: String,
    message: String,
    base_identity: String,
    data: ArkletDataPlain,
}

#[derive(Serialize, Deserialize)]
pub struct ArkletDataPlain {
    code: String,
    message: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TwoLevelPlain {
    code: String,
    message: String,
    error_code: String,
    component: String,
    base_identity: String,
}

/// A body, and `serde_json`'s way to read it into its plain struct.
pub struct Plain {
    /// The name the benches give it.
    pub name: &'static str,
    /// The body as the platform sends it.
    pub body: &'static [u8],
    /// `serde_json::from_slice` into the plain struct: whether it reads the body.
    pub serde: fn(&[u8]) -> bool,
}

/// Whether `serde_json` reads `body` as a `P`.
fn serde_reads<P: DeserializeOwned>(body: &[u8]) -> bool {
    serde_json::from_slice::<P>(body).is_ok()
}

/// Every body the benches read, in the order of BENCHMARKS.md.
pub const PLAIN: [Plain; 6] = [
    Plain {
        name: "cci status",
        body: CCI,
        serde: serde_reads::<CciPlain>,
    },
    Plain {
        name: "esb",
        body: ESB,
        serde: serde_reads::<EsbPlain>,
    },
    Plain {
        name: "bkpaas3",
        body: PAAS3,
        serde: serde_reads::<Paas3Plain>,
    },
    Plain {
        name: "openyuanrong rest",
        body: SDK,
        serde: serde_reads::<SdkPlain>,
    },
    Plain {
        name: "arklet",
        body: ARKLET,
        serde: serde_reads::<ArkletPlain>,
    },
    Plain {
        name: "koupleless two-level",
        body: TWO_LEVEL,
        serde: serde_reads::<TwoLevelPlain>,
    },
];

/// `body` copied into eight heap buffers, the copy in the `n`th starting `n`
/// bytes in: with the system allocator (glibc's aligns each buffer to 16
/// bytes), its text at each of the eight places relative to a word boundary
/// that a word-at-a-time reader tells apart.
pub fn at_eight_addresses(body: &[u8]) -> [Vec<u8>; 8] {
    std::array::from_fn(|offset| {
        let mut buffer = vec![0; offset];
        buffer.extend_from_slice(body);
        buffer
    })
}

/// The body of `bodies` (from [`at_eight_addresses`]) that call `call` reads:
/// each address in turn.
pub fn nth(bodies: &[Vec<u8>; 8], call: usize) -> &[u8] {
    let offset = call % 8;
    &bodies[offset][offset..]
}
