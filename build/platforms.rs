//! The platforms: the one list every per-platform part of the crate follows.
//!
//! `build.rs` generates each enabled platform's module from its tables, and
//! writes `$OUT_DIR/platforms.rs`: the `platforms!` macro, which `src/` expands
//! into `Vendor`, `Code`, the platform modules behind their features, serde and
//! `lookup`; and the `cfg`s that say which kinds of keys the enabled platforms
//! use. `.ci/run` checks each platform alone from the `id`s here, and
//! `tests/build_guards.rs` checks that `Cargo.toml` has a feature for each.
//! `codes/README.md` ("Add a platform") says what else a new platform needs.

use super::table::TableError;

/// How a platform's codes are written, which decides how `lookup` recognises
/// them and which key functions the crate compiles.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Shape {
    /// Decimal numbers (`src/lookup/key.rs`, `decimal`), and vendor names that
    /// are words: BlueKing PaaS, openYuanrong.
    Decimal,
    /// `CCI.NN.NNNNNN` (`key::cci`).
    Cci,
    /// Dotted words (`Source.Type`), and strings that are codes themselves
    /// (wire codes: `REPEAT_BIZ`, `00003`), hashed (`src/lookup/hash.rs`).
    Dotted,
}

/// One platform.
pub struct Platform {
    /// The feature, the module under `src/`, and `Vendor::as_str`: `paas`.
    pub id: &'static str,
    /// The variant of `Vendor` and of `Code`: `Paas`.
    pub variant: &'static str,
    /// The enum of its codes, in its module: `PaasError`.
    pub enum_name: &'static str,
    /// `Vendor::name`, as messages name the platform: `BlueKing PaaS`.
    pub name: &'static str,
    /// `Vendor::full_name`: the platform with its vendor.
    pub full_name: &'static str,
    /// The doc of the `Vendor` variant, its link to the module included.
    pub doc: &'static str,
    /// What serde's messages say was expected: `a BlueKing PaaS error code`.
    pub expecting: &'static str,
    pub shape: Shape,
    /// The tables under `codes/` the generator reads, in the order it takes them.
    pub tables: &'static [&'static str],
    /// Generates `$OUT_DIR/<id>.rs` from the tables' contents.
    pub generate: fn(&[String]) -> Result<String, TableError>,
}

/// Every platform, in the order of `Vendor` (and of `Code::all`).
pub const PLATFORMS: &[Platform] = &[
    Platform {
        id: "paas",
        variant: "Paas",
        enum_name: "PaasError",
        name: "BlueKing PaaS",
        full_name: "Tencent BlueKing PaaS",
        doc: "Tencent BlueKing PaaS, 3.0 (bkpaas3) and 2.x (open_paas): [`crate::paas`].",
        expecting: "a BlueKing PaaS error code",
        shape: Shape::Decimal,
        tables: super::paas::FILES,
        generate: |tables| {
            super::paas::generate(
                &tables[0],
                &tables[1],
                [&tables[2], &tables[3], &tables[4], &tables[5], &tables[6]],
            )
        },
    },
    Platform {
        id: "cci",
        variant: "Cci",
        enum_name: "CciError",
        name: "CCI",
        full_name: "Huawei Cloud CCI (Cloud Container Instance)",
        doc: "Huawei Cloud CCI (Cloud Container Instance): [`crate::cci`].",
        expecting: "a CCI error code",
        shape: Shape::Cci,
        tables: super::cci::FILES,
        generate: |tables| super::cci::generate(&tables[0]),
    },
    Platform {
        id: "sdk",
        variant: "Sdk",
        enum_name: "SdkError",
        name: "openYuanrong",
        full_name: "openYuanrong",
        doc: "openYuanrong, its SDK and its REST API: [`crate::sdk`].",
        expecting: "an openYuanrong error code",
        shape: Shape::Decimal,
        tables: super::sdk::FILES,
        generate: |tables| super::sdk::generate(&tables[0], &tables[1], &tables[2]),
    },
    Platform {
        id: "koupleless",
        variant: "Koupleless",
        enum_name: "KouplelessError",
        name: "Koupleless",
        full_name: "Koupleless (SOFAServerless)",
        doc: "Koupleless (SOFAServerless): Arklet, ModuleController and KouplelessBoard, and\nthe wire codes of Arklet, sofa-ark and its other components: [`crate::koupleless`].",
        expecting: "a Koupleless error code",
        shape: Shape::Dotted,
        tables: super::koupleless::FILES,
        generate: |tables| {
            super::koupleless::generate(&tables[0], &tables[1], &tables[2], &tables[3])
        },
    },
];
