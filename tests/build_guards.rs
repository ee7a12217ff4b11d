//! Each check `build.rs` makes on the tables stops a bad table with a message that
//! names the file and line. The generators run here on small tables, as `build.rs`
//! runs them on the real ones.
#![allow(dead_code)] // the generators' helpers that these tables do not reach

#[path = "../build/mod.rs"]
mod generator;

use generator::platforms::PLATFORMS;
use generator::table::TableError;
use generator::{cci, koupleless, meanings, paas, sdk};

const CCI_HEADER: &str = "code\tname\tstatus\tmessage\tdescription\tsolution\n";
const CCI_ROW: &str = "CCI.02.409101\tNamespaceNameAlreadyExists\t409\tm\td\ts\n";

fn cci_error(rows: &str) -> String {
    cci::generate(&format!("{CCI_HEADER}{rows}"))
        .expect_err("the table is bad")
        .to_string()
}

#[test]
fn a_good_table_generates() {
    let source = cci::generate(&format!("{CCI_HEADER}{CCI_ROW}")).unwrap();
    assert!(source.contains(
        "    NamespaceNameAlreadyExists = row!(\"CCI.02.409101\", 409, \"m\", \"d\", \"s\");\n"
    ));
}

#[test]
fn duplicate_code() {
    let other = "CCI.02.409101\tOther\t409\tm\td\ts\n";
    assert_eq!(
        cci_error(&format!("{CCI_ROW}{other}")),
        r#"codes/cci.tsv:3: duplicate code "CCI.02.409101" (also on line 2)"#
    );
    // Codes parse in any case, so codes that differ only in case collide too.
    let lower = "cci.02.409101\tOther\t409\tm\td\ts\n";
    assert!(cci_error(&format!("{CCI_ROW}{lower}")).contains("duplicate code"));
}

#[test]
fn duplicate_variant_name() {
    let other = "CCI.02.409102\tNamespaceNameAlreadyExists\t409\tm\td\ts\n";
    assert_eq!(
        cci_error(&format!("{CCI_ROW}{other}")),
        r#"codes/cci.tsv:3: duplicate variant name "NamespaceNameAlreadyExists" (also on line 2)"#
    );
}

#[test]
fn missing_cell() {
    assert_eq!(
        cci_error("CCI.02.409101\tName\t409\tm\td\n"),
        r#"codes/cci.tsv:2: the row has 5 cells, the header 6 (missing ["solution"])"#
    );
    assert_eq!(
        cci_error("CCI.02.409101\tName\t409\t\td\ts\n"),
        "codes/cci.tsv:2: column message is empty"
    );
}

#[test]
fn invalid_status() {
    for status in ["99", "1000", "abc", "", "040", "+400"] {
        let message = cci_error(&format!("CCI.02.409101\tName\t{status}\tm\td\ts\n"));
        let expected = if status.is_empty() {
            "codes/cci.tsv:2: column status is empty".to_owned()
        } else {
            format!(
                "codes/cci.tsv:2: status {status:?} is not a valid HTTP status (a number from 100 to 999)"
            )
        };
        assert_eq!(message, expected);
    }
}

#[test]
fn invalid_variant_name() {
    for name in [
        "lowerCase",
        "Has-Dash",
        "Has_Underscore",
        "Self",
        "9Lives",
        "Ünicode",
    ] {
        let message = cci_error(&format!("CCI.02.409101\t{name}\t409\tm\td\ts\n"));
        assert_eq!(
            message,
            format!(
                "codes/cci.tsv:2: name {name:?} is not a valid variant name: it must be \
                 UpperCamelCase ASCII letters and digits"
            )
        );
    }
}

#[test]
fn malformed_code() {
    let message = cci_error("CCI.2.409101\tName\t409\tm\td\ts\n");
    assert_eq!(
        message,
        r#"codes/cci.tsv:2: code "CCI.2.409101" is not of the form CCI.NN.NNNNNN (N a digit)"#
    );
}

#[test]
fn wrong_header() {
    let error = cci::generate("code\tname\tmessage\n")
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("codes/cci.tsv:1: the header is"),
        "{error}"
    );
}

#[test]
fn bad_escape() {
    let message = cci_error("CCI.02.409101\tName\t409\tm\\x\td\ts\n");
    assert_eq!(
        message,
        r"codes/cci.tsv:2: column message: unknown escape \x (use \n, \t or \\)"
    );
}

#[test]
fn malformed_table() {
    assert_eq!(
        cci::generate("").unwrap_err().to_string(),
        "codes/cci.tsv:1: the table is empty: no header"
    );
    assert_eq!(
        cci_error(&format!("{CCI_ROW}\n{CCI_ROW}")),
        "codes/cci.tsv:3: empty line inside the table"
    );
    assert_eq!(
        cci_error("CCI.02.409101\tName\t409\tm\td\ts\textra\tmore\n"),
        "codes/cci.tsv:2: the row has 8 cells, the header 6 (2 cells too many)"
    );
    assert_eq!(
        cci_error("CCI.02.409101\tName\t409\tm\\\td\ts\n"),
        r"codes/cci.tsv:2: column message: a lone \ ends the cell (write \\)"
    );
    assert_eq!(
        cci_error("CCI.02.409101\tName\t409\tm \td\ts\n"),
        "codes/cci.tsv:2: column message has white space at its start or end"
    );
}

/// Row numbers, and so discriminants and index slots, are a byte up to 255 rows
/// (255 marks an empty slot) and two bytes above.
#[test]
fn row_numbers_widen_past_255_rows() {
    let rows: Vec<String> = (0..256)
        .map(|i| format!("CCI.02.{:06}\tName{i}\t409\tm\td\ts\n", 400_000 + i))
        .collect();
    let narrow = cci::generate(&format!("{CCI_HEADER}{}", rows[..255].concat())).unwrap();
    assert!(narrow.contains("    pub enum CciError: u8;\n"));
    assert!(narrow.contains("static CODE_INDEX: [u8; "));
    let wide = cci::generate(&format!("{CCI_HEADER}{}", rows.concat())).unwrap();
    assert!(wide.contains("    pub enum CciError: u16;\n"));
    assert!(wide.contains("static CODE_INDEX: [u16; "));
}

/// Every platform of the list has its feature in `Cargo.toml`, on by default,
/// and its tables under `codes/`; `.ci/run` checks each of them alone.
#[test]
fn every_platform_has_its_feature_and_tables() {
    let manifest = std::fs::read_to_string("Cargo.toml").unwrap();
    let default = manifest
        .lines()
        .find(|line| line.starts_with("default = "))
        .unwrap();
    for platform in PLATFORMS {
        assert!(
            manifest.contains(&format!("\n{} = []\n", platform.id)),
            "Cargo.toml has no feature {}",
            platform.id
        );
        assert!(
            default.contains(&format!("\"{}\"", platform.id)),
            "the default features leave out {}",
            platform.id
        );
        for table in platform.tables {
            assert!(
                std::path::Path::new("codes").join(table).is_file(),
                "codes/{table} is missing"
            );
        }
        assert!(
            std::path::Path::new("src")
                .join(platform.id)
                .join("mod.rs")
                .is_file(),
            "src/{}/mod.rs is missing",
            platform.id
        );
    }
    let ids: Vec<&str> = PLATFORMS.iter().map(|p| p.id).collect();
    let vendors: Vec<&str> = errcodes::Vendor::ALL.iter().map(|v| v.as_str()).collect();
    assert_eq!(ids, vendors);
}

const PAAS_HEADER: &str = "code\tname\tmodule\tstatus\tstatus_origin\tvendor_names\tflag\tmessage\t\
                           solution\tsource_message\tsource_solution\tcrate_note\n";

const PAAS_MAPPING_HEADER: &str = SDK_MAPPING_HEADER;
const ESB_HEADER: &str = "number\tname\tmessage_zh\tmessage_en\tstatus\tfile\tline\tpublished\t\
    solution_en\tcode_type\tusage\n";

const BKPAAS3_HEADER: &str =
    "name\tnumber\tstatus\tmessage_zh\tmessage_en\tfile\tline\tgettext\tpo_line\n";

/// The tables of BlueKing PaaS: published rows, mapping rows, and the rows of
/// the two ESB source tables (the bkpaas3 table empty).
fn paas_tables(
    published: &str,
    mapping: &str,
    esb: &str,
    esb_in_apigateway: &str,
) -> Result<String, TableError> {
    paas_all_tables(published, mapping, "", esb, esb_in_apigateway)
}

/// The tables of BlueKing PaaS, the bkpaas3 source table's rows included.
fn paas_all_tables(
    published: &str,
    mapping: &str,
    bkpaas3: &str,
    esb: &str,
    esb_in_apigateway: &str,
) -> Result<String, TableError> {
    paas_gateway_tables(published, mapping, bkpaas3, esb, esb_in_apigateway, "")
}

const GATEWAY_HEADER: &str = "number\tcode_name\tstatus\tmessage_en\tmessage_zh\tfile\tline\t\
                              generator\tfallback_for_status\tstatus_note\tdoc_line_zh\tdoc_line_en\n";

/// The tables of BlueKing PaaS, the API gateway's source table's rows included.
fn paas_gateway_tables(
    published: &str,
    mapping: &str,
    bkpaas3: &str,
    esb: &str,
    esb_in_apigateway: &str,
    gateway: &str,
) -> Result<String, TableError> {
    paas::generate(
        &format!("{PAAS_HEADER}{published}"),
        &format!("{PAAS_MAPPING_HEADER}{mapping}"),
        [
            &format!("# source: T/paas:a.py@c4; T/paas:w.py@c4\n{BKPAAS3_HEADER}{bkpaas3}"),
            &format!("# source: T/legacy:e.py@c1; T/legacy:b.py@c2\n{ESB_HEADER}{esb}"),
            &format!("# source: T/apigw:e.py@c3\n{ESB_HEADER}{esb_in_apigateway}"),
            &format!("# source: T/apisix:x.lua@c5\n{GATEWAY_HEADER}{gateway}"),
            &format!("# source: T/paas:v.py@c4; (the crate's reading)\n{LITERAL_HEADER}"),
        ],
    )
}

const LITERAL_HEADER: &str = "name\tstatus\tstatus_expression\tstatus_line\tdetail_expression\t\
                              detail_line\tmessage_zh\tmessage_zh_line\tmessage_en\tpo_line\t\
                              handles\tfile\tline\n";

/// The tables of BlueKing PaaS with rows of the crate's reading of bkpaas3's
/// literal wire codes (`codes/paas-wire-literals.tsv`) only.
fn paas_literal_tables(mapping: &str, literals: &str) -> Result<String, TableError> {
    paas::generate(
        PAAS_HEADER,
        &format!("{PAAS_MAPPING_HEADER}{mapping}"),
        [
            &format!("# source: T/paas:a.py@c4\n{BKPAAS3_HEADER}"),
            &format!("# source: T/legacy:e.py@c1\n{ESB_HEADER}"),
            &format!("# source: T/apigw:e.py@c3\n{ESB_HEADER}"),
            &format!("# source: T/apisix:x.lua@c5\n{GATEWAY_HEADER}"),
            &format!("# source: T/paas:v.py@c4; (the crate's reading)\n{LITERAL_HEADER}{literals}"),
        ],
    )
}

/// bkpaas3's literal wire codes: a literal may be in mixed case
/// (`Unauthorized`); a status the handler sets follows rule `table`; a status
/// it leaves to the exception is the crate's, and each DRF rule is for its own
/// literal only.
#[test]
fn paas_literal_guards() {
    let literals = "Unauthorized\t401\tstatus.HTTP_401_UNAUTHORIZED\t74\tmake_unauthorized_json()\t56\t未登录\t56\t\t\t(NotAuthenticated,)\tv.py\t55\n\
                    VALIDATION_ERROR\t\texc.status_code\t83\tone_line_error(exc)\t79\t\t\t\t\tValidationError\tv.py\t78\n";
    let u = "paas-wire-literals.tsv\t3\tbkpaas3\tUnauthorized\t\t\tUnauthorized\tnew\tUnauthorized\t\t401\tsource\ttable\tT/paas\tc4\tv.py\t55\t\n";
    let v = |status: &str, origin: &str, rule: &str| {
        format!(
            "paas-wire-literals.tsv\t4\tbkpaas3\tVALIDATION_ERROR\t\t\tVALIDATION_ERROR\tnew\tValidationError\t\t{status}\t{origin}\t{rule}\tT/paas\tc4\tv.py\t78\t\n"
        )
    };
    let generated = paas_literal_tables(
        &format!("{u}{}", v("400", "crate", "crate-drf-validation-400")),
        literals,
    )
    .unwrap();
    assert!(generated.contains(
        "Unauthorized = row!(\"Unauthorized\", Paas3, None, 401, VendorSource, [\"Unauthorized\"]"
    ));
    assert!(
        generated.contains("ValidationError = row!(\"VALIDATION_ERROR\", Paas3, None, 400, Crate,")
    );
    assert_eq!(
        paas_literal_tables(
            &format!("{u}{}", v("500", "crate", "crate-drf-apiexception-500")),
            literals
        )
        .unwrap_err()
        .to_string(),
        "codes/paas-source.tsv:3: status 500 (crate) does not follow its status_rule from the source's status None"
    );
    assert_eq!(
        paas_literal_tables(&format!("{u}{}", v("400", "source", "table")), literals)
            .unwrap_err()
            .to_string(),
        "codes/paas-source.tsv:3: status 400 (source) does not follow its status_rule from the source's status None"
    );
    assert_eq!(
        paas_literal_tables(
            &format!("{u}{}", v("400", "crate", "crate-drf-validation-400"))
                .replace("\tVALIDATION_ERROR\t", "\tVALIDATION-ERROR\t"),
            &literals.replace("VALIDATION_ERROR\t", "VALIDATION-ERROR\t"),
        )
        .unwrap_err()
        .to_string(),
        "codes/paas-wire-literals.tsv:4: symbol \"VALIDATION-ERROR\" is not an identifier (ASCII letters, digits and _, starting with a letter)"
    );
}

/// The API gateway's rows: a number two codes share, and a `code_name` a
/// published ESB code has too, are keys of `SHARED` and of no index (a bare
/// parse answers the published code, none where none is published); each
/// gateway code is in no module; `UNKNOWN_ERROR`'s crate status follows its
/// rule; a number outside 16xxxxx fails.
#[test]
fn gateway_source_guards() {
    let published =
        "1306429\tRateLimitRestriction\tesb\t200\tsource\tRATE_LIMIT_RESTRICTION\t_\tm\t\t\t\t\n";
    let gateway = "1640302\tCROSS_TENANT_FORBIDDEN\t403\tCross tenant forbidden\t\tx.lua\t200\tnew_ctf()\t\t\t\t\n\
                   1640302\tIP_NOT_ALLOWED\t403\tRejected by ip\t\tx.lua\t257\tnew_ip()\t\t\t\t\n\
                   1642901\tRATE_LIMIT_RESTRICTION\t429\tStage limit\t\tx.lua\t341\tnew_stage()\t\t\t\t\n\
                   1650070\tUNKNOWN_ERROR\t\tunknown error\t\tx.lua\t494\tnew_unknown(s)\t\tcaller's\t\t\n";
    let row = |line: u32, code: &str, name: &str, variant: &str, status: &str, rule: &str| {
        let origin = if rule == "table" { "source" } else { "crate" };
        let source_line = match line {
            3 => 200,
            4 => 257,
            5 => 341,
            _ => 494,
        };
        format!(
            "bk-apigateway-codes.tsv\t{line}\tapigateway\t{code}\t\t{name}\tg\tnew\t{variant}\t\t{status}\t{origin}\t{rule}\tT/apisix\tc5\tx.lua\t{source_line}\t\n"
        )
    };
    let mapping = |unknown_status: &str, unknown_rule: &str| {
        [
            row(
                3,
                "1640302",
                "CROSS_TENANT_FORBIDDEN",
                "CrossTenantForbidden",
                "403",
                "table",
            ),
            row(
                4,
                "1640302",
                "IP_NOT_ALLOWED",
                "IpNotAllowed",
                "403",
                "table",
            ),
            row(
                5,
                "1642901",
                "RATE_LIMIT_RESTRICTION",
                "StageRate",
                "429",
                "table",
            ),
            row(
                6,
                "1650070",
                "UNKNOWN_ERROR",
                "UnknownError",
                unknown_status,
                unknown_rule,
            ),
        ]
        .concat()
    };
    let generate = |mapping: &str, gateway: &str| {
        paas_gateway_tables(
            published,
            &mapping.replace("\tg\t", "\tG\t"),
            "",
            "",
            "",
            gateway,
        )
    };
    // The symbol column repeats the generator.
    let mapping_of = |m: String| {
        m.replace(
            "\tg\tnew\tCrossTenantForbidden",
            "\tnew_ctf()\tnew\tCrossTenantForbidden",
        )
        .replace("\tg\tnew\tIpNotAllowed", "\tnew_ip()\tnew\tIpNotAllowed")
        .replace("\tg\tnew\tStageRate", "\tnew_stage()\tnew\tStageRate")
        .replace(
            "\tg\tnew\tUnknownError",
            "\tnew_unknown(s)\tnew\tUnknownError",
        )
    };
    let generated = generate(
        &mapping_of(mapping("500", "crate-apigw-unknown-500")),
        gateway,
    )
    .unwrap();
    assert!(generated.contains(
        "IpNotAllowed = row!(\"1640302\", ApiGateway, None, 403, VendorSource, [\"IP_NOT_ALLOWED\"]"
    ));
    assert!(generated.contains("UnknownError = row!(\"1650070\", ApiGateway, None, 500, Crate,"));
    assert!(generated.contains("(None, \"1640302\", true, [CrossTenantForbidden, IpNotAllowed]),"));
    assert!(
        generated.contains(
            "(None, \"RATE_LIMIT_RESTRICTION\", false, [RateLimitRestriction, StageRate]),"
        )
    );
    assert!(generated.contains(
        "(Some(Scope::ApiGateway), \"1640302\", true, [CrossTenantForbidden, IpNotAllowed]),"
    ));
    assert!(generated.contains("static SHARED: [Shared; 3]"));
    assert_eq!(
        generate(&mapping_of(mapping("500", "table")), gateway)
            .unwrap_err()
            .to_string(),
        "codes/paas-source.tsv:5: status 500 (source) does not follow its status_rule from the source's status None"
    );
    assert_eq!(
        generate(
            &mapping_of(mapping("500", "crate-apigw-unknown-500")).replace("1650070", "1350070"),
            &gateway.replace("1650070", "1350070"),
        )
        .unwrap_err()
        .to_string(),
        "codes/vendor-source/bk-apigateway-codes.tsv:6: number is not a seven-digit API gateway code (16xxxxx)"
    );
}

/// bkpaas3's source rows: a published code gains its definition, a new code
/// without a number has none and no module, a numbered one its module; a row
/// names its table's scope, and a number of no bkpaas3 module fails.
#[test]
fn bkpaas3_source_guards() {
    let published = "4311003\tCannotDeployApp\tdeploy\t400\tsource\tCANNOT_DEPLOY_APP\t\tDeployment failed\t\t部署失败\t\t\n";
    let source = "CANNOT_DEPLOY_APP\t4311003\t400\t部署失败\tdeploy failed\ta.py\t81\t_()\t9\n\
                  APP_NOT_FOUND\t\t404\t应用不存在\t\ta.py\t31\t_()\t\n\
                  SVR_CHECK\t4311009\t400\t检测失败\tcheck failed\ta.py\t87\t_()\t10\n\
                  APP_NOT_FOUND\t\t404\t应用不存在\t\tw.py\t5\tplain\t\n";
    let d = "bkpaas3-source-codes.tsv\t3\tbkpaas3\tCANNOT_DEPLOY_APP\t4311003\t\tCANNOT_DEPLOY_APP\tpublished\t\tCannotDeployApp\t400\tsource\ttable\tT/paas\tc4\ta.py\t81\t\n";
    let n = "bkpaas3-source-codes.tsv\t4\tbkpaas3\tAPP_NOT_FOUND\t\t\tAPP_NOT_FOUND\tnew\tAppNotFound\t\t404\tsource\ttable\tT/paas\tc4\ta.py\t31\t\n";
    let v = "bkpaas3-source-codes.tsv\t5\tbkpaas3\tSVR_CHECK\t4311009\t\tSVR_CHECK\tnew\tSvrCheck\t\t400\tsource\ttable\tT/paas\tc4\ta.py\t87\t\n";
    let w = "bkpaas3-source-codes.tsv\t6\tbkpaas3\tAPP_NOT_FOUND\t\t\tAPP_NOT_FOUND\tsame-code\tAppNotFound\t\t404\tsource\ttable\tT/paas\tc4\tw.py\t5\t\n";
    let tables = |mapping: &str, source: &str| {
        paas_all_tables(published, mapping, source, "", "").map_err(|e| e.to_string())
    };
    let generated = tables(&format!("{d}{n}{v}{w}"), source).unwrap();
    assert!(generated.contains(
        "CannotDeployApp = row!(\"4311003\", Paas3, Some(Module::Deploy), 400, VendorSource, [\"CANNOT_DEPLOY_APP\"]"
    ));
    assert!(generated.contains(
        "AppNotFound = row!(\"APP_NOT_FOUND\", Paas3, None, 404, VendorSource, [\"APP_NOT_FOUND\"], None, \"应用不存在\""
    ));
    assert_eq!(
        generated
            .matches("definition!(Bkpaas3, \"APP_NOT_FOUND\", None,")
            .count(),
        2
    );
    assert!(generated.contains("SvrCheck = row!(\"4311009\", Paas3, Some(Module::Deploy), 400,"));
    assert_eq!(
        tables(
            &format!("{d}{n}{v}{}", w.replace("\tbkpaas3\t", "\tesb\t")),
            source
        )
        .unwrap_err(),
        "codes/paas-source.tsv:5: scope is not bkpaas3, the scope of bkpaas3-source-codes.tsv"
    );
    assert_eq!(
        tables(
            &format!("{d}{n}{}{w}", v.replace("4311009", "4319009")),
            &source.replace("4311009", "4319009")
        )
        .unwrap_err(),
        "codes/paas-source.tsv:4: 4319009 is in no module of bkpaas3"
    );
    assert_eq!(
        tables(
            &format!("{d}{n}{}{w}", v.replace("4311009", "1306009")),
            &source.replace("4311009", "1306009")
        )
        .unwrap_err(),
        "codes/vendor-source/bkpaas3-source-codes.tsv:5: number is not a seven-digit bkpaas3 code (431xxxx)"
    );
}

fn paas_error(rows: &str) -> String {
    paas_tables(rows, "", "", "").unwrap_err().to_string()
}

/// The ESB source rows and the mapping agree, each source row is mapped once,
/// a definition attaches to a published code of its number, and a status
/// follows its rule.
#[test]
fn paas_source_guards() {
    let published = "1306406\tArgumentError\tesb\t200\tsource\tARGUMENT_ERROR\t_\tm\t\t\t\t\n";
    let esb = "1306406\tARGUMENT_ERROR\t\tParameters error\t200\te.py\t9\tyes\t\tint\tbody\n\
               1306221\tREQUEST_JOB_ERROR\t\tJob failed\t\tb.py\t4\tno\tCheck\tint\tlog\n";
    let apigw = "1306408\tAPIGW_ERROR\t\tJWT failed\t200\te.py\t5\tno\t\tint\tbody\n";
    let a = "esb-source-codes.tsv\t3\tesb\t1306406\t\t\tARGUMENT_ERROR\tpublished\t\tArgumentError\t200\tsource\ttable\tT/legacy\tc1\te.py\t9\t\n";
    let j = "esb-source-codes.tsv\t4\tesb\t1306221\t\t\tREQUEST_JOB_ERROR\tnew\tRequestJobError\t\t200\tcrate\tcrate-esb-200\tT/legacy\tc2\tb.py\t4\t\n";
    let g = "esb-in-apigateway-source-codes.tsv\t3\tesb\t1306408\t\t\tAPIGW_ERROR\tnew\tApigwError\t\t200\tsource\ttable\tT/apigw\tc3\te.py\t5\t\n";
    let generated = paas_tables(published, &format!("{a}{j}{g}"), esb, apigw).unwrap();
    assert!(
        generated
            .contains("ApigwError = row!(\"1306408\", OpenPaas, Some(Module::Esb), 200, VendorSource, [\"APIGW_ERROR\"]")
    );
    assert!(
        generated.contains(
            "RequestJobError = row!(\"1306221\", OpenPaas, Some(Module::Esb), 200, Crate,"
        )
    );
    let error = |mapping: &str| {
        paas_tables(published, mapping, esb, apigw)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        error(&format!("{a}{j}")),
        "codes/vendor-source/esb-in-apigateway-source-codes.tsv:3: no row of codes/paas-source.tsv maps this row"
    );
    assert_eq!(
        error(&format!("{a}{a}{j}{g}")),
        "codes/paas-source.tsv:3: esb-source-codes.tsv line 3 is mapped twice (also on line 2)"
    );
    assert_eq!(
        error(&format!("{a}{j}{}", g.replace("tsv\t3", "tsv\t4"))),
        "codes/paas-source.tsv:4: esb-in-apigateway-source-codes.tsv has no row on line 4"
    );
    assert_eq!(
        error(&format!(
            "{a}{j}{}",
            g.replace("\tAPIGW_ERROR\t", "\tAPIGW_FAILURE\t")
        )),
        r#"codes/paas-source.tsv:4: symbol "APIGW_FAILURE" is not the source row's name "APIGW_ERROR""#
    );
    assert_eq!(
        error(&format!("{a}{j}{}", g.replace("c3", "c9"))),
        r#"codes/paas-source.tsv:4: commit "c9" is not the source table's "c3""#
    );
    assert_eq!(
        error(&format!("{a}{}{g}", j.replace("200\tcrate", "200\tsource"))),
        "codes/paas-source.tsv:3: status 200 (source) does not follow its status_rule from the source's status None"
    );
    assert_eq!(
        error(&format!(
            "{a}{j}{}",
            g.replace("\tnew\tApigwError\t\t", "\tpublished\t\tApigwError\t")
        )),
        "codes/paas-source.tsv:4: published_variant ApigwError names no published variant"
    );
    assert_eq!(
        error(&format!(
            "{a}{j}{}",
            g.replace("\tnew\tApigwError\t", "\tsame-code\tRequestJobError\t")
        )),
        "codes/paas-source.tsv:4: code 1306408 is not RequestJobError's, 1306221"
    );
    assert_eq!(
        error(&format!(
            "{}{j}{g}",
            a.replace("\tpublished\t", "\tsame-code\t")
        )),
        "codes/paas-source.tsv:2: a new, same-code or message row names its variant in variant, a published row in published_variant, and leaves the other empty"
    );
}

#[test]
fn paas_guards() {
    assert_eq!(
        paas_error("4311003\tA\tdeploy\t400\tvendor\tA_B\t\tm\t\t\t\t\n"),
        r#"codes/paas.tsv:2: status_origin "vendor" is not one of published, source, crate"#
    );
    assert_eq!(
        paas_error("4312003\tA\tdeploy\t400\tsource\tA_B\t\tm\t\t\t\t\n"),
        r#"codes/paas.tsv:2: code "4312003" is not a seven-digit code of module deploy (codes 4311xxx)"#
    );
    assert_eq!(
        paas_error("1301002\tA\tpaas\t500\tcrate\t\tE1301003_X\tm\t\t\t\t\n"),
        r#"codes/paas.tsv:2: flag "E1301003_X" does not start with E1301002_ (write _ for no flag)"#
    );
    assert_eq!(
        paas_error(
            "4311003\tA\tdeploy\t400\tsource\tSAME\t\tm\t\t\t\t\n\
             4311004\tB\tdeploy\t400\tsource\tSAME\t\tm\t\t\t\t\n"
        ),
        r#"codes/paas.tsv:3: duplicate vendor name "SAME" (also on line 2)"#
    );
    assert_eq!(
        paas_error("4311003\tA\tdeploy\t400\tsource\tlower\t\tm\t\t\t\t\n"),
        r#"codes/paas.tsv:2: vendor name "lower" is not UPPER_SNAKE_CASE (capital letters, digits and _, starting with a letter)"#
    );
    assert_eq!(
        paas_error("4311003\tA\tbilling\t400\tsource\t\t\tm\t\t\t\t\n"),
        "codes/paas.tsv:2: module \"billing\" is not one of deploy, source, service, smart, paas, \
         login, console, appengine, paasagent, esb"
    );
}

const SDK_HEADER: &str =
    "code\tname\ttable\tstatus\tstatus_origin\tvendor_names\tmessage\tdescription\tsolution\n";

const SDK_MAPPING_HEADER: &str = "table\ttable_line\tscope\tcode\tnumber\tcode_name\tsymbol\t\
    role\tvariant\tpublished_variant\tstatus\tstatus_origin\tstatus_rule\trepo\tcommit\tfile\tline\tnote\n";
const SDK_SOURCE_HEADER: &str = "# source: o/fe:a.go@c1; o/rt:b.h@c2\n\
    number\tsymbol\tmessage\thttp_status\tfile\tline\tpublished\trepo\thttp_rule\t\
    message_from\tmessage_line\tcomment\tnote\n";

/// The three tables of openYuanrong: published rows, mapping rows, source rows.
fn sdk_tables(published: &str, mapping: &str, source: &str) -> Result<String, TableError> {
    sdk::generate(
        &format!("{SDK_HEADER}{published}"),
        &format!("{SDK_MAPPING_HEADER}{mapping}"),
        &format!("{SDK_SOURCE_HEADER}{source}"),
    )
}

#[test]
fn sdk_guards() {
    let error = |rows: &str| sdk_tables(rows, "", "").unwrap_err().to_string();
    assert_eq!(
        error("01001\tA\tsdk\t500\tcrate\t\tm\t\t\n"),
        r#"codes/sdk.tsv:2: code "01001" is not a number of 1 to 9 digits without leading zero"#
    );
    assert_eq!(
        error("1001\tA\tgrpc\t500\tcrate\t\tm\t\t\n"),
        r#"codes/sdk.tsv:2: table "grpc" is not one of sdk, rest"#
    );
    assert_eq!(
        error(
            "1001\tA\tsdk\t500\tcrate\tERR_A\tm\t\t\n\
             1002\tB\tsdk\t500\tcrate\tERR_B,err_a\tm\t\t\n"
        ),
        r#"codes/sdk.tsv:3: vendor name "err_a" is not UPPER_SNAKE_CASE (capital letters, digits and _, starting with a letter)"#
    );
    assert_eq!(
        error(
            "1001\tA\tsdk\t500\tcrate\tERR_A\tm\t\t\n\
             1002\tB\tsdk\t500\tcrate\tERR_B,ERR_A\tm\t\t\n"
        ),
        r#"codes/sdk.tsv:3: duplicate vendor name "ERR_A" (also on line 2)"#
    );
}

/// The source table's rows and the mapping agree, each source row is mapped
/// once, and a number several new codes share parses to none of them.
#[test]
fn sdk_source_guards() {
    let published = "1001\tA\tsdk\t500\tcrate\tERR_A\tm\t\t\n";
    let source = "4024\tX\tx sent\t500\ta.go\t10\t\to/fe\t\t\t\t\t\n\
                  4024\tERR_Y\t\t\tb.h\t7\t\to/rt\t\t\t\t\t\n";
    let x = "openyuanrong-source-codes.tsv\t3\tfrontend\t4024\t\t\tX\tnew\tX\t\t500\tsource\ttable\to/fe\tc1\ta.go\t10\t\n";
    let y = "openyuanrong-source-codes.tsv\t4\tlibruntime\t4024\t\t\tERR_Y\tnew\tY\t\t500\tcrate\tcrate-sdk-500\to/rt\tc2\tb.h\t7\t\n";
    let generated = sdk_tables(published, &format!("{x}{y}"), source).unwrap();
    assert!(
        generated.contains("(None, 4024, true, [X, Y]),"),
        "{generated}"
    );
    assert!(generated.contains("pub enum SdkError: u8;"));
    let error = |mapping: &str| {
        sdk_tables(published, mapping, source)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        error(x),
        "codes/vendor-source/openyuanrong-source-codes.tsv:4: no row of codes/sdk-source.tsv maps this row"
    );
    assert_eq!(
        error(&format!("{x}{x}")),
        "codes/sdk-source.tsv:3: openyuanrong-source-codes.tsv line 3 is mapped twice (also on line 2)"
    );
    assert_eq!(
        error(&format!("{x}{}", y.replace("ERR_Y", "ERR_Z"))),
        r#"codes/sdk-source.tsv:3: symbol "ERR_Z" is not the source row's symbol "ERR_Y""#
    );
    assert_eq!(
        error(&format!("{x}{}", y.replace("c2", "c9"))),
        r#"codes/sdk-source.tsv:3: commit "c9" is not the source table's "c2""#
    );
    assert_eq!(
        error(&format!(
            "{x}{}",
            y.replace("\tnew\tY\t\t", "\tpublished\t\tY\t")
        )),
        "codes/sdk-source.tsv:3: published_variant Y names no published variant"
    );
    assert_eq!(
        error(&format!(
            "{x}{}",
            y.replace("\tnew\tY\t\t", "\tpublished\t\tA\t")
        )),
        "codes/sdk-source.tsv:3: number 4024 is not A's, 1001"
    );
}

/// A vendor name parses like a code, so one that is empty or not a word would
/// make input that names no code parse: a stray comma would make the empty
/// string a code, a name of digits would shadow or fake a numeric code.
#[test]
fn vendor_names_are_words() {
    for (names, bad) in [
        ("ERR_A,", ""),
        (",ERR_A", ""),
        ("ERR_A,,ERR_B", ""),
        ("4115", "4115"),
        ("_ERR", "_ERR"),
        ("ERR A", "ERR A"),
    ] {
        let sdk = sdk_tables(
            &format!("1001\tA\tsdk\t500\tcrate\t{names}\tm\t\t\n"),
            "",
            "",
        );
        let paas = paas_tables(
            &format!("4311003\tA\tdeploy\t400\tsource\t{names}\t\tm\t\t\t\t\n"),
            "",
            "",
            "",
        );
        for (file, result) in [("sdk", sdk), ("paas", paas)] {
            assert_eq!(
                result.unwrap_err().to_string(),
                format!(
                    "codes/{file}.tsv:2: vendor name {bad:?} is not UPPER_SNAKE_CASE \
                     (capital letters, digits and _, starting with a letter)"
                )
            );
        }
    }
}

const KOUPLELESS_HEADER: &str =
    "component\tbusiness_type\tsources\ttype\tname\tstatus\tstatus_origin\tmeaning\tsolution\n";
const SOURCES: &str = "component\tsource\tmeaning\nArklet\tUser\tm\nModuleController\tUser\tm\n";
const KOUPLELESS_MAPPING_HEADER: &str = SDK_MAPPING_HEADER;
const WIRE_HEADER: &str = "# source: k/rt:A.java@c1; s/ark:B.java@c2\n\
    code\tcomponent\tmeaning\tfile\tline\tkind\tmeaning_kind\tsymbol\tvalue\twire_field\trepo\n";

/// The four tables of Koupleless: published rows, Level 1 rows, mapping rows,
/// wire rows.
fn koupleless_tables(
    published: &str,
    sources: &str,
    mapping: &str,
    wire: &str,
) -> Result<String, TableError> {
    koupleless::generate(
        &format!("{KOUPLELESS_HEADER}{published}"),
        sources,
        &format!("{KOUPLELESS_MAPPING_HEADER}{mapping}"),
        &format!("{WIRE_HEADER}{wire}"),
    )
}

fn koupleless_error(rows: &str) -> String {
    koupleless_tables(rows, SOURCES, "", "")
        .unwrap_err()
        .to_string()
}

#[test]
fn koupleless_guards() {
    assert_eq!(
        koupleless_error(
            "Arklet\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n\
             Arklet\tGeneral\tUser\tDiskFull\tB\t200\tcrate\tm\t\n"
        ),
        r#"codes/koupleless.tsv:3: duplicate code "User.DiskFull" in Arklet (also on line 2)"#
    );
    assert_eq!(
        koupleless_error(
            "Arklet\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n\
             ModuleController\tGeneral\tUser\tDiskfull\tB\t200\tcrate\tm\t\n"
        ),
        r#"codes/koupleless.tsv:3: code "User.Diskfull" differs only in case from "User.DiskFull""#
    );
    assert!(
        koupleless_error("Arklet\tGeneral\tUser / Nobody\tDiskFull\tA\t200\tcrate\tm\t\n")
            .starts_with(r#"codes/koupleless.tsv:2: source "Nobody" is not one of"#)
    );
    assert_eq!(
        koupleless_error("Gateway\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n"),
        r#"codes/koupleless.tsv:2: component "Gateway" is not one of Arklet, ModuleController, KouplelessBoard, SofaArk, KouplelessCommon, VirtualKubelet"#
    );
    // SofaArk sends wire codes only: the page has no table for it.
    assert_eq!(
        koupleless_error("SofaArk\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n"),
        "codes/koupleless.tsv:2: component SofaArk has no Level 1 table in \
         codes/koupleless-sources.tsv: the published page has no table for it"
    );
    assert_eq!(
        koupleless_error("Arklet\tGeneral\tUser\tdisk-full\tA\t200\tcrate\tm\t\n"),
        r#"codes/koupleless.tsv:2: type "disk-full" is not PascalCase ASCII letters and digits"#
    );
    let sources_error = |sources: &str| {
        let row = "Arklet\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n";
        koupleless_tables(row, sources, "", "")
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        sources_error(&format!("{SOURCES}Arklet\tUser\tagain\n")),
        "codes/koupleless-sources.tsv:4: duplicate source User in the Arklet table (also on line 2)"
    );
    assert_eq!(
        sources_error(&format!("{SOURCES}Arklet\tNobody\tm\n")),
        "codes/koupleless-sources.tsv:4: source \"Nobody\" is not one of User, Arklet, \
         ModuleController, KouplelessBoard, OtherUpstream, OtherDownstream, KubeAPIServer"
    );
    // The same code in two component tables is allowed: that is the ambiguity.
    let two_tables = "Arklet\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n\
                      ModuleController\tGeneral\tUser\tDiskFull\tB\t200\tcrate\tm\t\n";
    koupleless_tables(two_tables, SOURCES, "", "").unwrap();
}

/// The wire rows and the mapping agree, each wire row is mapped once, every
/// status follows its rule, and a message joins its own code.
#[test]
fn koupleless_source_guards() {
    let published = "Arklet\tGeneral\tUser\tDiskFull\tA\t200\tcrate\tm\t\n";
    let wire = "FAILED\tArklet\t\tA.java\t5\tdefinition\tnone (no source comment)\tRC.FAILED\t400\tResponse.code\tk/rt\n\
                FAILED\tArklet\tboom %s\tA.java\t9\tmessage\tformat string (String.format)\tcall()\t\tResponse.message\tk/rt\n\
                FAILED\tsofa-ark\t\tB.java\t3\tdefinition\tnone (no source comment)\tRC2.FAILED\t\tdata.code\ts/ark\n";
    let declared = "koupleless-wire-codes.tsv\t3\tArklet\tFAILED\t\t\tRC.FAILED\tnew\tArkletFailed\t\t200\tsource\tarklet-http-200\tk/rt\tc1\tA.java\t5\t\n";
    let sent = "koupleless-wire-codes.tsv\t4\tArklet\tFAILED\t\t\tcall()\tmessage\tArkletFailed\t\t200\tsource\tarklet-http-200\tk/rt\tc1\tA.java\t9\t\n";
    let sofa_ark = "koupleless-wire-codes.tsv\t5\tSofaArk\tFAILED\t\t\tRC2.FAILED\tnew\tSofaArkFailed\t\t200\tsource\tarklet-http-200\ts/ark\tc2\tB.java\t3\t\n";
    let all = format!("{declared}{sent}{sofa_ark}");
    let generated = koupleless_tables(published, SOURCES, &all, wire).unwrap();
    assert!(
        generated
            .contains(r#"ArkletFailed = row!("FAILED", Arklet, 200, VendorSource, "boom %s", ["#),
        "{generated}"
    );
    // One code, two components: both in the code's entry, a bare parse none.
    assert!(generated.contains(r#""FAILED" => [ArkletFailed, SofaArkFailed],"#));
    let error = |mapping: &str, wire: &str| {
        koupleless_tables(published, SOURCES, mapping, wire)
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        error(&format!("{declared}{sent}"), wire),
        "codes/vendor-source/koupleless-wire-codes.tsv:5: no row of codes/koupleless-source.tsv maps this row"
    );
    assert_eq!(
        error(&format!("{declared}{declared}"), wire),
        "codes/koupleless-source.tsv:3: koupleless-wire-codes.tsv line 3 is mapped twice (also on line 2)"
    );
    assert_eq!(
        error(&all.replacen("RC.FAILED", "RC.FAIL", 1), wire),
        r#"codes/koupleless-source.tsv:2: symbol "RC.FAIL" is not the source row's symbol "RC.FAILED""#
    );
    assert_eq!(
        error(&all.replacen("\tc1\t", "\tc9\t", 1), wire),
        r#"codes/koupleless-source.tsv:2: commit "c9" is not the source table's "c1""#
    );
    assert_eq!(
        error(
            &all.replacen("200\tsource\tarklet", "200\tcrate\tarklet", 1),
            wire
        ),
        "codes/koupleless-source.tsv:2: status 200 crate is not the rule arklet-http-200's, 200 source"
    );
    // A declaration sent as a message, a message made a new code.
    assert_eq!(
        error(
            &all.replacen("\tnew\tArkletFailed", "\tmessage\tArkletFailed", 1),
            wire
        ),
        "codes/koupleless-source.tsv:2: role message does not go with the source row's kind \
         definition: a declaration (definition) is new, a place that sends a message with its \
         code is message"
    );
    assert_eq!(
        error(
            &all.replacen("\tmessage\tArkletFailed", "\tnew\tArkletFailed", 1),
            wire
        ),
        "codes/koupleless-source.tsv:3: role new does not go with the source row's kind \
         message: a declaration (definition) is new, a place that sends a message with its \
         code is message"
    );
    // No wire code is published.
    assert_eq!(
        error(
            &all.replacen(
                "\tmessage\tArkletFailed\t\t",
                "\tpublished\t\tArkletFailed\t",
                1
            ),
            wire
        ),
        "codes/koupleless-source.tsv:3: role published: no wire code is published (a row names \
         its wire code in variant)"
    );
    assert_eq!(
        error(
            &all.replace("\tmessage\tArkletFailed", "\tmessage\tSofaArkFailed"),
            wire
        ),
        "codes/koupleless-source.tsv:3: SofaArkFailed is no new variant of a row above"
    );
    // A message joins its code in the component that declares it.
    let sent_by_sofa_ark = sent.replace("\tmessage\tArkletFailed", "\tmessage\tSofaArkFailed");
    assert_eq!(
        error(&format!("{declared}{sofa_ark}{sent_by_sofa_ark}"), wire),
        "codes/koupleless-source.tsv:4: scope Arklet is not SofaArkFailed's, SofaArk: a message \
         joins its code in the component that declares it"
    );
    assert_eq!(
        error(
            &all,
            &wire.replacen("\t\tA.java\t5", "\tsays\tA.java\t5", 1)
        ),
        "codes/vendor-source/koupleless-wire-codes.tsv:3: meaning_kind \"none (no source comment)\" \
         and the meaning \"says\" disagree: a row has a meaning unless its kind is none"
    );
    assert_eq!(
        error(&all.replace("\tSofaArk\tFAILED", "\tArklet\tFAILED"), wire),
        r#"codes/koupleless-source.tsv:4: duplicate code "FAILED" in Arklet (also on line 2)"#
    );
    assert_eq!(
        error(
            &all.replace("FAILED", "X.FAILED"),
            &wire.replace("FAILED", "X.FAILED")
        ),
        r#"codes/koupleless-source.tsv:2: wire code "X.FAILED" has a dot: only the published two-level codes do"#
    );
    assert_eq!(
        error(
            &all.replacen("A.java\t5\t", "A.java\tfive\t", 1),
            &wire.replacen("A.java\t5\t", "A.java\tfive\t", 1)
        ),
        r#"codes/vendor-source/koupleless-wire-codes.tsv:3: line "five" is not a line number"#
    );
    // A wire code's variant name is checked where the mapping gives it, against
    // the published variants and the other wire codes.
    assert_eq!(
        error(&all.replace("\tSofaArkFailed\t", "\tA\t"), wire),
        r#"codes/koupleless-source.tsv:4: duplicate variant name "A" (also on codes/koupleless.tsv line 2)"#
    );
    assert_eq!(
        error(&all.replace("\tSofaArkFailed\t", "\tArkletFailed\t"), wire),
        r#"codes/koupleless-source.tsv:4: duplicate variant name "ArkletFailed" (also on codes/koupleless-source.tsv line 2)"#
    );
}

const MEANINGS_HEADER: &str = "# the crate's table\nsource_table\ttable_line\tcode\tcomponent\ttable\tkind\tkind_origin\tadvice\tadvice_origin\tkind_evidence\tadvice_evidence\tnote\n";
const SECOND_LANGUAGE: &str = "# source: a/b:c@d\ncatalog\tcode\tfield\tlang\ttext\tsource\n";

fn meanings_of(rows: &str) -> Result<String, TableError> {
    let files = ["cci.tsv"];
    let codes = meanings::codes("cci", &files, &[format!("{CCI_HEADER}{CCI_ROW}")])?;
    meanings::generate(
        "cci",
        "CciError",
        &codes,
        &format!("{MEANINGS_HEADER}{rows}"),
        SECOND_LANGUAGE,
    )
}

#[test]
fn every_code_has_a_kind_and_an_advice_with_their_origins() {
    let row = "cci.tsv\t\tCCI.02.409101\t\t\talready_exists\tvendor_text\tretry_after_fix\tvendor_text\te\te\t\n";
    let source = meanings_of(row).unwrap();
    assert!(source.contains("NamespaceNameAlreadyExists => (AlreadyExists, VendorText, RetryAfterFix, VendorText, \"e\", \"e\", None) [(Message, En, Published, \"codes/published/huawei-cci.md\", \"m\")"), "{source}");
    assert_eq!(
        meanings_of("").unwrap_err().to_string(),
        "codes/meanings/cci.tsv:1: NamespaceNameAlreadyExists (CCI.02.409101) has no row: every code needs a kind and a retry advice"
    );
    let unknown = row.replace("already_exists", "conflict");
    assert!(
        meanings_of(&unknown)
            .unwrap_err()
            .to_string()
            .starts_with("codes/meanings/cci.tsv:3: kind \"conflict\" is not one of ok, cancelled")
    );
    let ours = row.replace(
        "vendor_text\tretry_after_fix\tvendor_text",
        "vendor_text\tretry_after_fix\tours",
    );
    assert!(
        meanings_of(&ours)
            .unwrap_err()
            .to_string()
            .starts_with("codes/meanings/cci.tsv:3: advice_origin \"ours\" is not one of")
    );
    let success = row.replace("retry_after_fix", "not_an_error");
    assert_eq!(
        meanings_of(&success).unwrap_err().to_string(),
        "codes/meanings/cci.tsv:3: advice not_an_error goes with kind ok, and only with it"
    );
    let stray = row.replace("CCI.02.409101", "CCI.02.409199");
    assert!(
        meanings_of(&format!("{row}{stray}"))
            .unwrap_err()
            .to_string()
            .ends_with("CCI.02.409199 is no code of the crate")
    );
}
