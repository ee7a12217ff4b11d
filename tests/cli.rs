//! The `errcodes` command, run as a user runs it: the built binary, its output
//! piped, its exit status read.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use errcodes::cci::CciError;
use errcodes::koupleless::KouplelessError;
use errcodes::paas::PaasError;
use errcodes::sdk::SdkError;
use errcodes::{Code, ErrorCode, Vendor};
use serde_json::{Map, Value};

/// What one run of the command left.
struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The JSON array on standard output, one object per code.
    fn objects(&self) -> Vec<Map<String, Value>> {
        let value: Value = serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error}):\n{}", self.stdout));
        let Value::Array(items) = value else {
            panic!("stdout is not a JSON array:\n{}", self.stdout);
        };
        items
            .into_iter()
            .map(|item| match item {
                Value::Object(object) => object,
                other => panic!("not an object: {other}"),
            })
            .collect()
    }

    fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    /// Asserts the exit status, and that standard error says `said`.
    fn assert_said(&self, status: i32, said: &str) {
        assert_eq!(self.status, status, "{}", self.stderr);
        assert!(self.stderr.contains(said), "{}", self.stderr);
    }
}

impl From<std::process::Output> for Run {
    fn from(output: std::process::Output) -> Run {
        Run {
            status: output.status.code().expect("errcodes exits, not killed"),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }
}

/// Runs `args`, which must find nothing: exit status 1, nothing on standard
/// output, and `said` on standard error.
fn not_found(args: &[&str], said: &str) -> Run {
    let run = errcodes(args);
    assert_eq!(run.status, 1, "{args:?}");
    assert_eq!(run.stdout, "", "{args:?}");
    assert!(run.stderr.contains(said), "{args:?}: {}", run.stderr);
    run
}

fn command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcodes"));
    command.env_remove("NO_COLOR");
    command
}

fn errcodes<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Run {
    run(command().args(args))
}

fn run(command: &mut Command) -> Run {
    Run::from(command.output().expect("the errcodes binary runs"))
}

/// Every string in `value`, keys of objects included.
fn strings_in(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => vec![text.clone()],
        Value::Array(items) => items.iter().flat_map(strings_in).collect(),
        Value::Object(object) => object
            .iter()
            .flat_map(|(key, value)| std::iter::once(key.clone()).chain(strings_in(value)))
            .collect(),
        _ => Vec::new(),
    }
}

fn text<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    object.get(key).map(|value| {
        value
            .as_str()
            .unwrap_or_else(|| panic!("{key} is not a string: {value}"))
    })
}

/// The code a JSON object describes, found through the library.
fn code_of(object: &Map<String, Value>) -> Code {
    let code = text(object, "code").expect("every object has a code");
    let name = text(object, "name").expect("every object has a name");
    Code::all()
        .find(|row| row.code() == code && row.name() == name)
        .unwrap_or_else(|| panic!("{code} {name} is no row of the catalogs"))
}

/// Checks every field of `object` against the library's accessors for its code,
/// and that nothing else is there: each published text under its own key, and
/// the fields a row lacks omitted.
fn assert_describes(object: &Map<String, Value>, code: Code) {
    let mut expected: Vec<(&str, Value)> = vec![
        ("vendor", code.vendor().as_str().into()),
        ("code", code.code().into()),
        ("name", code.name().into()),
        ("platform", code.vendor().full_name().into()),
        ("origin", code.origin().as_str().into()),
        ("http_status", code.http_status().as_u16().into()),
        ("status_origin", code.status_origin().as_str().into()),
        ("message", code.message().into()),
    ];
    // What the code means and what to do, each with where it comes from.
    let meaning = code.meaning();
    expected.extend([
        ("kind", meaning.kind().as_str().into()),
        ("kind_origin", meaning.kind_origin().as_str().into()),
        ("kind_evidence", meaning.kind_evidence().into()),
        ("retry_advice", meaning.retry_advice().as_str().into()),
        ("advice_origin", meaning.advice_origin().as_str().into()),
        ("advice_evidence", meaning.advice_evidence().into()),
    ]);
    if let Some(note) = meaning.note() {
        expected.push(("meaning_note", note.into()));
    }
    let texts: Vec<Value> = code
        .texts()
        .iter()
        .map(|t| {
            serde_json::json!({
                "field": t.field().as_str(), "lang": t.lang().as_str(),
                "origin": t.origin().as_str(), "source": t.source(), "text": t.text(),
            })
        })
        .collect();
    expected.push(("texts", texts.into()));
    let mut optional = |key: &'static str, value: Option<&str>| {
        if let Some(value) = value {
            expected.push((key, value.into()));
        }
    };
    optional("solution", code.solution());
    let lists: Vec<(&str, Value)> = match code {
        Code::Paas(error) => {
            optional("product", Some(error.product().name()));
            optional("module", error.module().map(|m| m.name()));
            optional("scope", error.scope().map(|s| s.as_str()));
            optional("flag", error.flag());
            optional("vendor_name", error.vendor_name());
            optional("message_en", error.message_en());
            optional("message_zh", error.message_zh());
            optional("solution_en", error.solution_en());
            optional("crate_note", error.crate_note());
            let definitions: Vec<Value> = error
                .definitions()
                .iter()
                .map(|d| {
                    let c = d.citation();
                    serde_json::json!({
                        "scope": d.scope().as_str(),
                        "name": d.name(),
                        "number": d.number(),
                        "message_zh": d.message_zh(),
                        "message_en": d.message_en(),
                        "http_status": d.http_status().map(|s| s.as_u16()),
                        "solution_en": d.solution_en(),
                        "repository": c.repository,
                        "path": c.path,
                        "commit": c.commit,
                        "line": c.line,
                        "table": d.table(),
                        "table_line": d.table_line(),
                    })
                })
                .collect();
            match definitions.is_empty() {
                true => Vec::new(),
                false => vec![("definitions", definitions.into())],
            }
        }
        Code::Cci(error) => {
            optional("description", Some(error.description()));
            Vec::new()
        }
        Code::Sdk(error) => {
            optional("table", error.table().map(|t| t.title()));
            optional("component", error.component().map(|c| c.as_str()));
            optional("vendor_name", error.vendor_name());
            optional("description", error.description());
            let mut lists = match error.vendor_names() {
                [] => Vec::new(),
                names => vec![("vendor_names", names.into())],
            };
            let definitions: Vec<Value> = error
                .definitions()
                .iter()
                .map(|d| {
                    let c = d.citation();
                    serde_json::json!({
                        "component": d.component().as_str(),
                        "symbol": d.symbol(),
                        "number": d.number(),
                        "message": d.message(),
                        "http_status": d.http_status().map(|s| s.as_u16()),
                        "comment": d.comment(),
                        "repository": c.repository,
                        "path": c.path,
                        "commit": c.commit,
                        "line": c.line,
                    })
                })
                .collect();
            if !definitions.is_empty() {
                lists.push(("definitions", definitions.into()));
            }
            lists
        }
        Code::Koupleless(error) => {
            optional("component", Some(error.component().as_str()));
            optional("error_type", error.error_type());
            optional("business_type", error.business_type());
            let sources: Vec<&str> = error.sources().iter().map(|s| s.as_str()).collect();
            let meanings: Map<String, Value> = error
                .sources()
                .iter()
                .filter_map(|s| Some((s.as_str().into(), s.meaning_in(error.component())?.into())))
                .collect();
            let mut lists = vec![("codes", error.codes().into())];
            // A wire code has no two levels: no sources.
            if !sources.is_empty() {
                lists.push(("sources", sources.into()));
            }
            if !meanings.is_empty() {
                lists.push(("source_meanings", meanings.into()));
            }
            let definitions: Vec<Value> = error
                .definitions()
                .iter()
                .map(|d| {
                    let c = d.citation();
                    serde_json::json!({
                        "code": d.code(),
                        "component": d.component().as_str(),
                        "sent_by": d.sent_by(),
                        "kind": if d.is_declaration() { "definition" } else { "message" },
                        "symbol": d.symbol(),
                        "message": d.message(),
                        "expression": d.expression(),
                        "comment": d.comment(),
                        "value": d.value(),
                        "wire_field": d.wire_field(),
                        "http_status": d.http_status().map(|s| s.as_u16()),
                        "repository": c.repository,
                        "path": c.path,
                        "commit": c.commit,
                        "line": c.line,
                        "table_line": d.table_line(),
                    })
                })
                .collect();
            if !definitions.is_empty() {
                lists.push(("definitions", definitions.into()));
            }
            lists
        }
        _ => panic!("a platform this test does not know: {code:?}"),
    };
    expected.extend(lists);
    for (key, value) in &expected {
        assert_eq!(object.get(*key), Some(value), "{} {key}", code.code());
    }
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut expected_keys: Vec<&str> = expected.iter().map(|(key, _)| *key).collect();
    keys.sort_unstable();
    expected_keys.sort_unstable();
    assert_eq!(keys, expected_keys, "the fields of {}", code.code());
}

#[test]
fn explain_prints_what_the_catalog_says() {
    let run = errcodes(&["explain", "CCI.02.409101"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stderr, "");
    let error = CciError::NamespaceNameAlreadyExists;
    assert!(
        run.stdout
            .starts_with("CCI.02.409101  NamespaceNameAlreadyExists\n")
    );
    for text in [
        Vendor::Cci.full_name(),
        "409 Conflict",
        "the vendor's catalog",
        error.message(),
        error.description(),
        error.solution().unwrap(),
    ] {
        assert!(run.stdout.contains(text), "no {text:?} in:\n{}", run.stdout);
    }
}

#[test]
fn explain_takes_any_platform_any_case_and_vendor_names() {
    let inputs = [
        "cci.02.409101",
        "4313021",
        "ARGUMENT_ERROR",
        "arklet.installbizfailed",
        "err_param_invalid",
    ];
    let expected: Vec<Code> = vec![
        CciError::NamespaceNameAlreadyExists.into(),
        PaasError::CannotGetClusterInfo.into(),
        PaasError::ArgumentError.into(),
        KouplelessError::ArkletInstallBizFailed.into(),
        SdkError::ParamInvalid.into(),
    ];
    let mut args = vec!["explain", "--format", "json"];
    args.extend(inputs);
    let run = errcodes(&args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let objects = run.objects();
    assert_eq!(objects.len(), expected.len());
    for (object, code) in objects.iter().zip(expected) {
        assert_describes(object, code);
    }

    // The same codes in text: one block each, in the order given.
    let run = errcodes(&[&["explain"], &inputs[..]].concat());
    assert_eq!(run.status, 0, "{}", run.stderr);
    let headings: Vec<&str> = run
        .lines()
        .into_iter()
        .filter(|line| !line.is_empty() && !line.starts_with(' '))
        .collect();
    assert_eq!(
        headings,
        [
            "CCI.02.409101  NamespaceNameAlreadyExists",
            "4313021  CannotGetClusterInfo",
            "1306406  ArgumentError",
            "Arklet.InstallBizFailed  ArkletInstallBizFailed",
            "1001  ParamInvalid",
        ]
    );
}

#[test]
fn explain_shows_every_published_text_of_the_row() {
    // bkpaas3's troubleshooting steps span lines; each is printed.
    let error = PaasError::CannotGetClusterInfo;
    let run = errcodes(&["explain", error.code()]);
    for line in error
        .solution()
        .unwrap()
        .lines()
        .filter(|line| !line.is_empty())
    {
        assert!(run.stdout.contains(line), "no {line:?} in:\n{}", run.stdout);
    }
    assert!(run.stdout.contains(error.message_zh().unwrap()));

    // The crate's note on a quirk of the row, and ESB's English texts.
    let error = PaasError::RateLimitRestriction;
    let run = errcodes(&["explain", error.code()]);
    for text in [
        error.crate_note(),
        error.message_en(),
        error.flag().or(error.vendor_name()),
    ] {
        let text = text.unwrap();
        assert!(run.stdout.contains(text), "no {text:?} in:\n{}", run.stdout);
    }

    // A Koupleless row of two sources: both codes, and what each source means.
    let error = KouplelessError::ArkletOrUserInstallModuleFailed;
    let run = errcodes(&["explain", "user.installmodulefailed"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    for source in error.sources() {
        let meaning = source.meaning_in(error.component()).unwrap();
        assert!(
            run.stdout.contains(&format!("{source}: {meaning}")),
            "{}",
            run.stdout
        );
    }
    assert!(run.stdout.contains(&error.codes().join(", ")));
}

#[test]
fn an_ambiguous_koupleless_code_is_explained_once_per_table() {
    let rows = KouplelessError::matching("User.DiskFull");
    assert!(rows.len() > 1);

    let run = errcodes(&["explain", "--format", "json", "user.diskfull"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let objects = run.objects();
    assert_eq!(objects.len(), rows.len());
    for (object, &row) in objects.iter().zip(rows) {
        assert_describes(object, row.into());
    }

    let run = errcodes(&["explain", "User.DiskFull"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    for row in rows {
        let heading = format!("User.DiskFull  {}\n", row.name());
        assert!(
            run.stdout.contains(&heading),
            "no {heading:?} in:\n{}",
            run.stdout
        );
        assert!(run.stdout.contains(row.message()));
        assert!(
            run.stdout
                .contains(&format!("component       {}\n", row.component()))
        );
    }
}

#[test]
fn list_prints_the_whole_catalog_one_line_per_code() {
    let run = errcodes(&["list"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines = run.lines();
    assert_eq!(lines.len(), Code::all().count());
    for (line, code) in lines.iter().zip(Code::all()) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            columns[..3],
            [code.vendor().as_str(), code.code(), code.name()],
            "{line}"
        );
    }

    let run = errcodes(&["list", "--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let objects = run.objects();
    assert_eq!(objects.len(), Code::all().count());
    for (object, code) in objects.iter().zip(Code::all()) {
        assert_describes(object, code);
    }
}

#[test]
fn list_takes_one_vendor() {
    for &vendor in Vendor::ALL {
        let expected: Vec<Code> = Code::all().filter(|code| code.vendor() == vendor).collect();
        let run = errcodes(&["list", "--vendor", vendor.as_str()]);
        assert_eq!(run.status, 0, "{}", run.stderr);
        assert_eq!(run.lines().len(), expected.len(), "{vendor}");
        assert!(
            run.lines()
                .iter()
                .all(|line| line.starts_with(vendor.as_str()))
        );

        let run = errcodes(&["list", "--format", "json", "--vendor", vendor.as_str()]);
        let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
        assert_eq!(codes, expected, "{vendor}");
    }
}

#[test]
fn list_marks_the_codes_of_the_source_and_can_leave_them_out() {
    let run = errcodes(&["list"]);
    for (line, code) in run.lines().iter().zip(Code::all()) {
        let marked = line.ends_with("  [vendor source]");
        assert_eq!(marked, !code.origin().is_published(), "{line}");
    }
    let published: Vec<Code> = Code::all().filter(|c| c.origin().is_published()).collect();
    assert_eq!(published.len(), 376);
    let run = errcodes(&["list", "--published", "--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    assert_eq!(codes, published);
    assert!(
        run.objects()
            .iter()
            .all(|object| object.get("origin") == Some(&"published".into()))
    );
    let run = errcodes(&["list", "--published", "--vendor", "sdk"]);
    assert_eq!(run.lines().len(), 109);
    let run = errcodes(&["list", "--published", "--vendor", "paas"]);
    assert_eq!(run.lines().len(), 101);
    // The codes of bkpaas3's and ESB's sources: marked in the list, with where
    // they are.
    let run = errcodes(&["list", "--vendor", "paas"]);
    assert_eq!(run.lines().len(), 289);
    assert!(
        run.stdout.contains("1306408")
            && run.lines()[101..]
                .iter()
                .all(|l| l.ends_with("  [vendor source]")),
        "{}",
        run.stdout
    );
    let run = errcodes(&["explain", "1306408"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let origin = run
        .lines()
        .into_iter()
        .find(|l| l.trim_start().starts_with("origin "));
    assert_eq!(
        origin.map(|l| l.trim_start()["origin".len()..].trim_start()),
        Some(
            "the vendor's source only: TencentBlueKing/blueking-apigateway \
             src/esb/esb/common/errors.py:174 @048bdd762bf3"
        ),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("in the source"), "{}", run.stdout);
    // The API gateway's 1640302 names two codes: explain shows both, with
    // their scope and origin, and says a parse answers neither.
    let run = errcodes(&["explain", "1640302", "--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let names: Vec<_> = run.objects().iter().map(|o| o["name"].clone()).collect();
    assert_eq!(names, ["CrossTenantForbidden", "IpNotAllowed"]);
    assert!(
        run.objects()
            .iter()
            .all(|o| o["scope"] == "apigateway" && o["origin"] != "published"),
        "{}",
        run.stdout
    );
    let run = errcodes(&["explain", "rate_limit_restriction"]);
    assert!(
        run.stdout.starts_with(
            "rate_limit_restriction: 4 BlueKing PaaS codes have this key (in esb, apigateway); \
             a parse answers the published one, first"
        ),
        "{}",
        run.stdout
    );
    // A bkpaas3 code of its source, by the name bkpaas3 sends: no number, no
    // module, its scope.
    let run = errcodes(&["explain", "APP_NOT_FOUND", "--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let object = &run.objects()[0];
    assert_eq!(object["origin"], "vendor-source");
    assert_eq!(object["scope"], "bkpaas3");
    assert_eq!(object.get("module"), None);
    assert_eq!(object["definitions"][0]["number"], Value::Null);
}

#[test]
fn explain_names_every_code_of_a_shared_number() {
    // No code is published: every one, and no answer.
    let run = errcodes(&["explain", "4024"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(
        "4024: 2 openYuanrong codes have this number (frontend, meta-service); \
         a parse answers none of them: parse it with its component\n"
    ));
    for name in ["FrontendStatusFuncMetaNotFound", "NoSuchFunction"] {
        assert!(
            run.stdout.contains(&format!("4024  {name}\n")),
            "{}",
            run.stdout
        );
    }
    assert!(
        run.stdout
            .contains("the vendor's source only: openyuanrong/")
    );
    // The published code answers, first; the others follow.
    let run = errcodes(&["explain", "--format", "json", "4001"]);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    let expected: Vec<Code> = SdkError::matching("4001")
        .iter()
        .map(|&e| e.into())
        .collect();
    assert_eq!(codes, expected);
    assert_eq!(codes[0], Code::from(SdkError::IncorrectInitUsage));
    for (object, code) in run.objects().iter().zip(codes) {
        assert_describes(object, code);
    }
}

#[test]
fn search_finds_the_codes_that_contain_all_the_words() {
    let words = ["namespace", "名称"];
    let run = errcodes(&["search", "--format", "json", "NAMESPACE", "名称"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let objects = run.objects();
    let found: Vec<Code> = objects.iter().map(code_of).collect();
    assert!(found.contains(&CciError::NamespaceNameAlreadyExists.into()));
    // Each code found has every word in some text of its object...
    for object in &objects {
        let texts = strings_in(&Value::Object(object.clone()));
        for word in words {
            assert!(
                texts.iter().any(|text| text.to_lowercase().contains(word)),
                "{object:?}"
            );
        }
    }
    // ...and every code with the words in its message, solution or names is found.
    for code in Code::all() {
        let texts = [
            Some(code.code()),
            Some(code.name()),
            code.vendor_name(),
            Some(code.message()),
            code.solution(),
        ];
        let has = |word: &str| {
            texts
                .iter()
                .flatten()
                .any(|text| text.to_lowercase().contains(word))
        };
        if words.iter().all(|word| has(word)) {
            assert!(found.contains(&code), "{} not found", code.code());
        }
    }

    // Chinese alone, and text output: one line per code.
    let run = errcodes(&["search", "参数错误"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.lines()
            .iter()
            .any(|line| line.starts_with("paas") && line.contains("1306406"))
    );
    let json = errcodes(&["search", "--format", "json", "参数错误"]);
    assert_eq!(run.lines().len(), json.objects().len());

    // A phrase in one argument, in any case, across platforms.
    let run = errcodes(&["search", "--format", "json", "Disk Full"]);
    let found: Vec<Code> = run.objects().iter().map(code_of).collect();
    assert!(found.contains(&KouplelessError::UserDiskFullInArklet.into()));
    assert!(found.contains(&KouplelessError::UserDiskFullInModuleController.into()));
}

#[test]
fn a_search_that_finds_nothing_exits_1() {
    not_found(
        &["search", "namespace", "zzzz-not-in-any-catalog"],
        r#"no code contains all of "namespace", "zzzz-not-in-any-catalog""#,
    );

    let run = errcodes(&["search", "--format", "json", "zzzz-not-in-any-catalog"]);
    assert_eq!(run.status, 1);
    assert!(run.objects().is_empty());
}

#[test]
fn a_typo_gets_the_code_it_meant() {
    // The letter O for the digit 0.
    let run = not_found(
        &["explain", "CCI.O2.409101"],
        r#"no such code "CCI.O2.409101""#,
    );
    assert!(
        run.stderr.ends_with("did you mean CCI.02.409101?\n"),
        "{}",
        run.stderr
    );

    let run = errcodes(&["explain", "ARGUMENT_EROR"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("did you mean ARGUMENT_ERROR?"),
        "{}",
        run.stderr
    );
}

#[test]
fn suggestions_are_three_at_most_and_all_real() {
    let run = not_found(&["explain", "CCI.02.409199"], "no such code");
    let (_, list) = run.stderr.split_once("did you mean ").expect("suggestions");
    let list = list.trim_end().trim_end_matches('?');
    let suggestions: Vec<&str> = list
        .split([',', ' '])
        .filter(|s| !s.is_empty() && *s != "or")
        .collect();
    assert!((1..=3).contains(&suggestions.len()), "{list}");
    for suggestion in suggestions {
        assert!(errcodes::lookup(suggestion).is_ok(), "{suggestion}");
    }
}

#[test]
fn an_unknown_code_exits_1_and_the_others_are_still_explained() {
    let run = not_found(&["explain", "hello"], "no such code");
    assert_eq!(run.stderr, "error: no such code \"hello\"\n");

    let run = errcodes(&["explain", "4115", "hello", "1001"]);
    assert_eq!(run.status, 1);
    assert!(run.stdout.starts_with("4115  FunctionNotFound\n"));
    assert!(run.stdout.contains("1001  ParamInvalid\n"));
    assert!(run.stderr.contains("no such code \"hello\""));

    let run = errcodes(&["explain", "--format", "json", "4115", "hello"]);
    assert_eq!(run.status, 1);
    let objects = run.objects();
    assert_eq!(objects.len(), 1);
    assert_describes(&objects[0], SdkError::FunctionNotFound.into());
}

#[test]
fn garbage_arguments_are_usage_errors() {
    let garbage: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["explain"],
        &["explain", "--format", "yaml", "4115"],
        &["list", "--vendor", "aws"],
        &["list", "--vendor", "cci", "--vendor", "sdk"],
        &["list", "extra"],
        &["search"],
        &["search", ""],
        &["--no-such-option"],
    ];
    for args in garbage {
        let run = errcodes(args);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(!run.stderr.is_empty(), "{args:?}");
    }
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;

    let code = std::ffi::OsStr::from_bytes(b"CCI.02.\xff");
    let result = run(command().arg("explain").arg(code));
    assert_eq!(result.status, 2, "{}", result.stderr);
}

#[test]
fn a_huge_argument_is_an_unknown_code() {
    // 91 kB: below the limit of one argument on Linux (128 kB).
    let huge = "CCI.02.409101".repeat(7_000);
    let run = errcodes(&["explain", &huge]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.starts_with("error: no such code"),
        "{}",
        run.stderr.chars().take(200).collect::<String>()
    );
    assert!(!run.stderr.contains("did you mean"));
    // Shown by its first bytes, as the library's error keeps it.
    assert!(
        run.stderr.ends_with(" (the first 32 of 91000 bytes)\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn piped_output_has_no_color() {
    for args in [
        &["explain", "CCI.02.409101", "User.DiskFull"][..],
        &["list"],
        &["search", "namespace"],
    ] {
        let piped = errcodes(args);
        assert_eq!(piped.status, 0, "{args:?}");
        assert!(!piped.stdout.contains('\x1b'), "{args:?}");
        let no_color = run(command().args(args).env("NO_COLOR", "1"));
        assert!(!no_color.stdout.contains('\x1b'), "{args:?} with NO_COLOR");
    }
}

#[test]
fn help_and_version_exit_0() {
    let version = concat!("errcodes ", env!("CARGO_PKG_VERSION"));
    for (args, says) in [
        (&["--help"][..], "Usage: errcodes <COMMAND>"),
        (&["--version"], version),
        (
            &["explain", "--help"],
            "Usage: errcodes explain [OPTIONS] <CODE>...",
        ),
    ] {
        let run = errcodes(args);
        assert_eq!(run.status, 0, "{args:?}");
        assert!(run.stdout.contains(says), "{args:?}: {}", run.stdout);
    }
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // More output than a pipe holds, so the command is still writing when the
    // reader goes away.
    let mut child = command()
        .args(["list", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the errcodes binary runs");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "[\n");
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}

/// Runs `explain` with `body` on standard input and `args` after it.
fn explain_stdin(body: &[u8], args: &[&str]) -> Run {
    use std::io::Write;
    let mut child = command()
        .arg("explain")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the errcodes binary runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // The command may stop reading early (too large); that is its answer.
    let _ = stdin.write_all(body);
    drop(stdin);
    run_child(child)
}

fn run_child(child: std::process::Child) -> Run {
    Run::from(child.wait_with_output().expect("errcodes exits"))
}

/// A Koupleless code the catalog has, sent with a component whose table lacks
/// it (or one the crate does not know): no row, and standard error says why,
/// not that the catalog has no such code.
#[test]
fn a_koupleless_code_of_another_component_is_not_called_unknown() {
    let bodies = [
        (
            r#"{"code": "FAILED", "message": "m", "errorCode": "User.DiskFull", "component": "Gateway"}"#,
            "\"User.DiskFull\" in the tables of Arklet and ModuleController",
        ),
        (
            r#"{"code": "FAILED", "message": "m", "errorCode": "Arklet.PullBizError", "component": "ModuleController"}"#,
            "\"Arklet.PullBizError\" in the table of Arklet,",
        ),
    ];
    for (body, said) in bodies {
        let run = explain_stdin(body.as_bytes(), &["-"]);
        assert_eq!(run.status, 1, "{body}");
        assert!(run.stderr.contains(said), "{}", run.stderr);
        assert!(!run.stderr.contains("has no code"), "{}", run.stderr);
    }
    let run = explain_stdin(bodies[0].0.as_bytes(), &["-"]);
    assert!(run.stdout.contains("Gateway"), "{}", run.stdout);
}

#[test]
fn explain_stdin_reads_a_body_from_each_platform() {
    let bodies: [(&str, Vendor, Code, &str, &str); 6] = [
        (
            r#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"namespace team-a is already exist","reason":"Conflict","code":409,"errorCode":"CCI.02.409101"}"#,
            Vendor::Cci,
            CciError::NamespaceNameAlreadyExists.into(),
            "CCI.02.409101",
            "namespace team-a is already exist",
        ),
        (
            r#"{"result": false, "code": 1306406, "data": null, "message": "Parameters error, bk_biz_id", "request_id": "4e5f"}"#,
            Vendor::Paas,
            PaasError::ArgumentError.into(),
            "1306406",
            "Parameters error, bk_biz_id",
        ),
        (
            r#"{"code": "CANNOT_DEPLOY_APP", "detail": "部署失败: 构建超时"}"#,
            Vendor::Paas,
            PaasError::CannotDeployApp.into(),
            "CANNOT_DEPLOY_APP",
            "部署失败: 构建超时",
        ),
        (
            r#"{"code": 4115, "message": "function [0@faaspy@hello3] is not found", "trace_id": "t-9"}"#,
            Vendor::Sdk,
            SdkError::FunctionNotFound.into(),
            "4115",
            "function [0@faaspy@hello3] is not found",
        ),
        (
            "ErrCode: 1001, ModuleCode: 20, ErrMsg: invalid instance id\n",
            Vendor::Sdk,
            SdkError::ParamInvalid.into(),
            "1001",
            "invalid instance id",
        ),
        (
            r#"{"code": "FAILED", "message": "pull failed", "errorCode": "Arklet.PullBizError", "component": "Arklet"}"#,
            Vendor::Koupleless,
            KouplelessError::ArkletPullBizError.into(),
            "Arklet.PullBizError",
            "pull failed",
        ),
    ];
    for (body, vendor, code, code_sent, message_sent) in bodies {
        let run = explain_stdin(body.as_bytes(), &["--format", "json", "-"]);
        assert_eq!(run.status, 0, "{body}: {}", run.stderr);
        let objects = run.objects();
        let [object] = &objects[..] else {
            panic!("{body}: {objects:?}")
        };
        assert_eq!(text(object, "vendor"), Some(vendor.as_str()));
        assert_eq!(code_of(object), code);
        assert_eq!(text(object, "code_sent"), Some(code_sent));
        assert_eq!(text(object, "message_sent"), Some(message_sent));

        let run = explain_stdin(body.as_bytes(), &["-"]);
        assert_eq!(run.status, 0);
        assert!(run.stdout.starts_with(code.code()), "{}", run.stdout);
        assert!(run.stdout.contains(message_sent), "{}", run.stdout);
        assert!(run.stdout.contains(vendor.full_name()), "{}", run.stdout);
    }
}

#[test]
fn explain_stdin_keeps_what_identifies_the_failure() {
    let run = explain_stdin(
        b"code: 3003, module code: 10, msg: etcd down",
        &["--format", "json", "-"],
    );
    assert_eq!(text(&run.objects()[0], "module_code"), Some("10"));
    let body = br#"{"error_code": "APIGW.0301", "error_msg": "bad token", "request_id": "r-7"}"#;
    let run = explain_stdin(body, &["--format", "json", "-"]);
    assert_eq!(run.status, 1, "an API gateway code is no CCI catalog code");
    assert_eq!(text(&run.objects()[0], "request_id"), Some("r-7"));
}

#[test]
fn explain_stdin_reports_an_unknown_code_with_what_was_sent() {
    let body = br#"{"message": "new in the next release", "errorCode": "CCI.02.409199"}"#;
    let run = explain_stdin(body, &["--format", "json", "-"]);
    run.assert_said(1, r#"the CCI catalog has no code "CCI.02.409199""#);
    let objects = run.objects();
    let [object] = &objects[..] else {
        panic!("{objects:?}")
    };
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["code_sent", "message_sent", "platform", "vendor"]);
    assert_eq!(text(object, "code_sent"), Some("CCI.02.409199"));
    let run = explain_stdin(body, &["-"]);
    assert!(run.stdout.starts_with("CCI.02.409199\n"), "{}", run.stdout);
    assert!(run.stdout.contains("new in the next release"));
}

#[test]
fn explain_stdin_shows_every_row_of_an_ambiguous_code() {
    let body = br#"{"code": "FAILED", "message": "disk full", "errorCode": "User.DiskFull"}"#;
    let run = explain_stdin(body, &["--format", "json", "-"]);
    assert_eq!(run.status, 0);
    let objects = run.objects();
    let components: Vec<&str> = objects
        .iter()
        .map(|o| text(o, "component").unwrap())
        .collect();
    assert_eq!(components, ["Arklet", "ModuleController"]);
    for object in &objects {
        assert_eq!(text(object, "code_sent"), Some("User.DiskFull"));
        assert_eq!(text(object, "message_sent"), Some("disk full"));
    }
}

#[test]
fn explain_stdin_lists_both_codes_of_a_shared_gateway_number() {
    // The gateway numbers two codes 1640302; a body without a `code_name`
    // names both, as `explain 1640302` does, and is no unknown code.
    let body = br#"{"code": 1640302, "data": null, "message": "m", "result": false}"#;
    let run = explain_stdin(body, &["--format", "json", "-"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let names: Vec<_> = run.objects().iter().map(|o| o["name"].clone()).collect();
    assert_eq!(names, ["CrossTenantForbidden", "IpNotAllowed"]);
    let run = explain_stdin(body, &["-"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("no code"), "{}", run.stderr);
    // bkpaas3's own `UNAUTHORIZED` is its literal `Unauthorized`, no
    // gateway code.
    let body = br#"{"detail": "Current request is unauthorized", "code": "UNAUTHORIZED"}"#;
    let run = explain_stdin(body, &["-"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("UnauthorizedInBkpaas3"),
        "{}",
        run.stdout
    );
    // A gateway `code_name` outside a gateway body types nothing, and is no
    // code the catalog lacks.
    let body = br#"{"detail": "denied", "code": "IP_NOT_ALLOWED"}"#;
    let run = explain_stdin(body, &["-"]);
    assert_ne!(run.status, 0);
    assert!(
        run.stderr.contains(
            r#"the BlueKing PaaS catalog has "IP_NOT_ALLOWED" as the API gateway's code_name"#
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn explain_stdin_refuses_garbage_with_a_reason() {
    let cases: [(&[u8], &str); 6] = [
        (
            b"<html><h1>502 Bad Gateway</h1></html>",
            "the body is not valid JSON: expected value (line 1, column 1)",
        ),
        (
            br#"{"errorCode": "CCI.02.409101", "message": "#,
            "the body ends early",
        ),
        (b"{}", "cannot tell which platform sent the body"),
        (
            br#"{"code": 4.5, "message": "m", "trace_id": "t"}"#,
            "`code` is 4.5, out of range",
        ),
        (
            b"ErrCode: one",
            "not an openYuanrong exception text: expected the code, digits at byte 9",
        ),
        (b"", "the body is empty"),
    ];
    for (body, said) in cases {
        let run = explain_stdin(body, &["-"]);
        assert_eq!(run.status, 1, "{}", String::from_utf8_lossy(body));
        assert_eq!(run.stdout, "");
        assert!(
            run.stderr.contains(said),
            "{}: {}",
            String::from_utf8_lossy(body),
            run.stderr
        );
    }
    let huge = vec![b' '; errcodes::body::MAX_BODY_LEN + 10];
    let run = explain_stdin(&huge, &["-"]);
    run.assert_said(1, "larger than the limit of 1048576 bytes");
}

#[test]
fn explain_stdin_takes_standard_input_once() {
    let run = explain_stdin(b"{}", &["-", "-"]);
    run.assert_said(2, "`-` (standard input) may be given once");
}

#[test]
fn explain_stdin_reads_arklet_s_own_response() {
    let body = br#"{"code": "FAILED", "message": "install biz not success!", "baseIdentity": "base-1",
        "data": {"code": "REPEAT_BIZ", "message": "Biz: dynamic-provider:1.0.0 has been installed."}}"#;
    let run = explain_stdin(body, &["--format", "json", "-"]);
    // sofa-ark's code, as Arklet carries it in `data.code`: typed.
    assert_eq!(run.status, 0, "{}", run.stderr);
    let objects = run.objects();
    let [object] = &objects[..] else {
        panic!("{objects:?}")
    };
    assert_eq!(text(object, "code_sent"), Some("REPEAT_BIZ"));
    assert_eq!(text(object, "name"), Some("SofaArkRepeatBiz"));
    assert_eq!(text(object, "component"), Some("SofaArk"));
    assert_eq!(text(object, "result_code"), Some("FAILED"));
    assert_eq!(text(object, "base_identity"), Some("base-1"));
    assert_eq!(
        text(object, "data_message"),
        Some("Biz: dynamic-provider:1.0.0 has been installed.")
    );
}

#[test]
fn explain_stdin_escapes_control_characters_on_a_terminal_s_text() {
    let body = br#"{"code": 4115, "message": "\u001b[2Jgone", "trace_id": "t"}"#;
    let run = explain_stdin(body, &["-"]);
    assert_eq!(run.status, 0);
    assert!(!run.stdout.contains('\u{1b}'), "{:?}", run.stdout);
    assert!(run.stdout.contains(r"\u{1b}[2Jgone"), "{}", run.stdout);
    // JSON keeps the message exactly, escaped as JSON escapes it.
    let run = explain_stdin(body, &["--format", "json", "-"]);
    assert_eq!(
        text(&run.objects()[0], "message_sent"),
        Some("\u{1b}[2Jgone")
    );
}

#[test]
fn explain_shows_kind_and_advice_with_their_origins_in_the_language_asked() {
    let run = errcodes(&["explain", "1306429", "--lang", "en"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines = run.lines();
    assert!(
        lines[1].starts_with("  in English") && lines[1].ends_with("Access frequency limit"),
        "{lines:?}"
    );
    for said in [
        "retry advice         throttled",
        "advice from          the vendor's text",
        "kind                 resource_exhausted",
    ] {
        assert!(run.stdout.contains(said), "{said:?} in\n{}", run.stdout);
    }
    // 1301001 is published in Chinese only: English falls back, and says so.
    let run = errcodes(&["explain", "1301001", "--lang", "en"]);
    assert!(
        run.lines()[1].starts_with("  in Chinese (no English text)"),
        "{}",
        run.stdout
    );
    // JSON: every answer with its origin, every text with its language.
    let run = errcodes(&["explain", "1005", "--lang", "zh", "--format", "json"]);
    let object = &run.objects()[0];
    assert_eq!(text(object, "retry_advice"), Some("throttled"));
    assert_eq!(text(object, "advice_origin"), Some("vendor_text"));
    assert_eq!(text(object, "text"), Some("请求已达上限。"));
    assert_eq!(text(object, "text_lang"), Some("zh"));
    assert!(
        text(object, "meaning_note")
            .unwrap()
            .starts_with("docs and code disagree")
    );
    let texts = object["texts"].as_array().unwrap();
    assert!(texts.iter().any(|t| t["lang"] == "zh"
        && t["field"] == "solution"
        && t["text"] == "间隔一定时间后重试。"));
    let run = errcodes(&["explain", "1005", "--lang", "fr"]);
    assert_eq!(run.status, 2);
}

#[test]
fn explain_stdin_shows_kind_advice_and_the_language_asked_with_the_sent_text_escaped() {
    let body = br#"{"code": 1306429, "result": false, "message": "x\u001b[2Jy", "data": null}"#;
    let run = explain_stdin(body, &["--lang", "en", "-"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines = run.lines();
    assert!(
        lines[1].starts_with("  in English") && lines[1].ends_with("Access frequency limit"),
        "{lines:?}"
    );
    for said in [
        "message as sent      x\\u{1b}[2Jy",
        "retry advice         throttled",
        "kind                 resource_exhausted",
    ] {
        assert!(run.stdout.contains(said), "{said:?} in\n{}", run.stdout);
    }
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.stdout);
    let run = explain_stdin(body, &["--lang", "zh", "--format", "json", "-"]);
    let object = &run.objects()[0];
    assert_eq!(text(object, "text"), Some("访问组件频率超限"));
    assert_eq!(text(object, "retry_advice"), Some("throttled"));
    assert_eq!(text(object, "message_sent"), Some("x\u{1b}[2Jy"));
}

#[test]
fn list_filters_by_kind_and_advice() {
    let run = errcodes(&["list", "--advice", "throttled", "--format", "json"]);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    let expected: Vec<Code> = Code::all()
        .filter(|c| c.retry_advice() == errcodes::RetryAdvice::Throttled)
        .collect();
    assert_eq!(codes, expected);
    assert!(codes.contains(&PaasError::RateLimitRestriction.into()));
    let run = errcodes(&[
        "list",
        "--kind",
        "already_exists",
        "--vendor",
        "cci",
        "--format",
        "json",
    ]);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    assert!(!codes.is_empty());
    assert!(
        codes
            .iter()
            .all(|c| c.kind() == errcodes::ErrorKind::AlreadyExists && c.vendor() == Vendor::Cci)
    );
    assert_eq!(errcodes(&["list", "--advice", "later"]).status, 2);
}

#[test]
fn search_matches_both_languages() {
    // openYuanrong publishes English first; its Chinese page is searched too.
    let run = errcodes(&["search", "请求已达上限", "--format", "json"]);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    assert_eq!(codes, [Code::from(SdkError::InvokeRateLimited)]);
    // ESB publishes Chinese; the English its source sends is searched too.
    let run = errcodes(&["search", "access frequency", "--format", "json"]);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    assert!(codes.contains(&PaasError::RateLimitRestriction.into()));
    let run = errcodes(&["search", "未知错误（默认）", "--format", "json"]);
    let codes: Vec<Code> = run.objects().iter().map(code_of).collect();
    assert!(codes.contains(&KouplelessError::ArkletUnknownError.into()));
}

// ---- Bodies from a hostile or real world ---------------------------------------

/// Bytes a terminal acts on, which no output of the command may carry from a
/// body: ESC sequences that clear the screen or recolor, C1's CSI (U+009B, in
/// UTF-8), a right-to-left override (U+202E).
const HOSTILE: [&[u8]; 4] = [
    b"\x1b[2J",
    b"\x1b[31m",
    "\u{9b}".as_bytes(),
    "\u{202e}".as_bytes(),
];

fn carries(output: &[u8], part: &[u8]) -> bool {
    output.windows(part.len()).any(|window| window == part)
}

#[test]
fn nothing_from_a_body_reaches_the_terminal_raw() {
    let bodies: [&[u8]; 3] = [
        // Key names of an unknown body, on standard error.
        br#"{"\u001b[2J\u001b[31mFIELD":1}"#,
        // Values of a known one, on standard output: C1 CSI, bidi override,
        // a line break that would forge a line of the command's own.
        br#"{"code": 4115, "message": "a\u009b31mb\u202ec\n  platform  forged", "trace_id": "\u001b[2J\u001b[31m"}"#,
        // An unknown code sent with escapes: standard error names it.
        br#"{"code": 4999, "message": "m\u001b[2J\u001b[31m"}"#,
    ];
    for body in bodies {
        for args in [&["-"][..], &["--format", "json", "-"]] {
            let run = explain_stdin(body, args);
            for hostile in HOSTILE {
                assert!(!carries(run.stdout.as_bytes(), hostile), "{}", run.stdout);
                assert!(!carries(run.stderr.as_bytes(), hostile), "{}", run.stderr);
            }
            assert!(
                !run.stdout.contains("\n  platform  forged"),
                "{}",
                run.stdout
            );
        }
    }
    // An argument too.
    let run = errcodes(&["explain", "\u{1b}[2J\u{202e}4115x"]);
    for hostile in HOSTILE {
        assert!(!carries(run.stderr.as_bytes(), hostile), "{}", run.stderr);
    }
}

#[test]
fn explain_under_a_pseudo_terminal_writes_no_escape_from_the_body() {
    // util-linux `script` runs the command on a pseudo-terminal: standard
    // output and standard error are a terminal, color is on, and what the
    // terminal receives is what `script` writes.
    let dir = std::env::temp_dir().join(format!("errcodes-pty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let body = dir.join("body.json");
    std::fs::write(
        &body,
        br#"{"code": 4115, "message": "x\u009b2J\u202ey", "trace_id": "\u001b[2J\u001b[31m", "\u001b]0;title\u0007": 1}"#,
    )
    .unwrap();
    let unknown = dir.join("unknown.json");
    std::fs::write(&unknown, br#"{"\u001b[2J\u001b[31mFIELD":1}"#).unwrap();
    for file in [&body, &unknown] {
        let shell = format!(
            "{} explain - < {}",
            env!("CARGO_BIN_EXE_errcodes"),
            file.display()
        );
        let output = Command::new("script")
            .args(["--quiet", "--return", "--command", &shell, "/dev/null"])
            .env_remove("NO_COLOR")
            .env("TERM", "xterm")
            .stdin(Stdio::null())
            .output()
            .expect("util-linux `script` runs");
        let seen = output.stdout;
        assert!(!seen.is_empty());
        for hostile in HOSTILE.iter().chain([&&b"\x1b]0;"[..]]) {
            assert!(
                !carries(&seen, hostile),
                "{}",
                String::from_utf8_lossy(&seen)
            );
        }
        if file == &body {
            // On a terminal, the command's own color is there: the run was on one.
            assert!(
                carries(&seen, b"\x1b[1;33m4115"),
                "{}",
                String::from_utf8_lossy(&seen)
            );
            assert!(
                carries(&seen, br"\u{1b}[2J\u{1b}[31m"),
                "{}",
                String::from_utf8_lossy(&seen)
            );
        } else {
            assert_eq!(output.status.code(), Some(1));
            assert!(
                carries(&seen, br"error: "),
                "{}",
                String::from_utf8_lossy(&seen)
            );
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explain_names_the_platform_of_every_corpus_body_or_says_why_not() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.tsv")).unwrap();
    let mut explained = 0;
    for line in manifest.lines().skip(1).filter(|l| !l.is_empty()) {
        let columns: Vec<&str> = line.split('\t').collect();
        let (file, platform, kind) = (columns[0], columns[1], columns[8]);
        let vendor: Vendor = platform.parse().unwrap();
        let body = std::fs::read(dir.join(file)).unwrap();
        let run = explain_stdin(&body, &["-"]);
        let named = run.stdout.contains(vendor.full_name());
        if named {
            explained += 1;
        } else {
            // Not an error with a code: it says why, on standard error.
            assert_eq!(run.status, 1, "{file}");
            assert!(run.stderr.starts_with("error: "), "{file}: {}", run.stderr);
            assert!(
                kind != "error" || file.contains("bkstd-numbered"),
                "{file}: {}",
                run.stderr
            );
        }
        // With the platform named, a body of the corpus is read as that platform's.
        let told = explain_stdin(&body, &["--vendor", platform, "-"]);
        assert!(
            told.stdout.contains(vendor.full_name()) || told.stderr.starts_with("error: "),
            "{file}: {}",
            told.stderr
        );
    }
    assert!(explained >= 50, "{explained}");
}

#[test]
fn vendor_without_stdin_is_a_usage_error() {
    let run = errcodes(&["explain", "--vendor", "cci", "4115"]);
    run.assert_said(
        2,
        "`--vendor` names the platform of the body on standard input",
    );
}
