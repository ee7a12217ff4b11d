//! Generates one module per platform from the tables under `codes/`.
//!
//! Each enabled platform feature reads its table, checks every row (a defect stops
//! the build with the file and line) and writes `$OUT_DIR/<platform>.rs`, which
//! `src/<platform>/mod.rs` includes. `codes/README.md` describes the tables.
//! No build-dependencies: this runs in every user's build.

#[path = "build/catalog.rs"]
mod catalog;
#[path = "build/cci.rs"]
mod cci;
#[path = "src/lookup/hash.rs"]
mod hash;
#[path = "build/index.rs"]
mod index;
#[path = "src/lookup/key.rs"]
mod key;
#[path = "build/koupleless.rs"]
mod koupleless;
#[path = "build/paas.rs"]
mod paas;
#[path = "build/rust.rs"]
mod rust;
#[path = "build/sdk.rs"]
mod sdk;
#[path = "build/table.rs"]
mod table;

use std::path::Path;
use std::{env, fs, process};

fn main() {
    for file in [
        "build.rs",
        "build/catalog.rs",
        "build/cci.rs",
        "build/index.rs",
        "build/koupleless.rs",
        "build/paas.rs",
        "build/rust.rs",
        "build/sdk.rs",
        "build/table.rs",
        "src/lookup/hash.rs",
        "src/lookup/key.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    if let Err(error) = run() {
        eprintln!("error: {error}");
        process::exit(1);
    }
}

/// Generates the module of each enabled platform.
fn run() -> Result<(), String> {
    let enabled = |feature: &str| env::var_os(format!("CARGO_FEATURE_{feature}")).is_some();
    if enabled("PAAS") {
        write("paas", paas::generate(&read("paas.tsv")?))?;
    }
    if enabled("CCI") {
        write("cci", cci::generate(&read("cci.tsv")?))?;
    }
    if enabled("SDK") {
        write("sdk", sdk::generate(&read("sdk.tsv")?))?;
    }
    if enabled("KOUPLELESS") {
        let codes = read("koupleless.tsv")?;
        let sources = read("koupleless-sources.tsv")?;
        write("koupleless", koupleless::generate(&codes, &sources))?;
    }
    Ok(())
}

/// The content of `codes/<file>`, watched for changes.
fn read(file: &str) -> Result<String, String> {
    let path = format!("codes/{file}");
    println!("cargo:rerun-if-changed={path}");
    fs::read_to_string(&path).map_err(|error| format!("cannot read {path}: {error}"))
}

/// Writes `$OUT_DIR/<module>.rs`, or reports the table's defect.
fn write(module: &str, source: Result<String, table::TableError>) -> Result<(), String> {
    let source = source.map_err(|error| error.to_string())?;
    let out_dir = env::var_os("OUT_DIR").ok_or("cargo sets OUT_DIR for build scripts")?;
    let path = Path::new(&out_dir).join(format!("{module}.rs"));
    fs::write(&path, source).map_err(|error| format!("cannot write {}: {error}", path.display()))
}
