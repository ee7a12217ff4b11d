//! Each platform's codes as a user without errcodes would write them: an enum
//! parsed by strum's `EnumString` (a generated `match` on the string), and
//! `match`es for its code, message and status.
//!
//! Built when the benches compile, from the very files the crate includes
//! (`$OUT_DIR/<platform>.rs`, which `build.rs` generates from `codes/`): here the
//! generated `code_table!` expands into the baseline instead of the crate's enum.
//! Nothing is checked in, and no catalog change can leave a baseline stale.
//!
//! The bench's crate root brings [`generated`] and [`koupleless_statics`] in as
//! `generated` and `koupleless`, the paths the generated files name.

/// The generated files' macros, expanding into the baselines.
pub mod generated {
    /// The baseline enum of a table, with its `EnumString` and its `match`es.
    /// The generated rows start with the code (BlueKing PaaS, CCI,
    /// openYuanrong), or, in Koupleless's, with the list of a row's codes (a
    /// published row) or the code (a wire code); the platform's `row!` reads the
    /// message and the status from the rest.
    macro_rules! code_table {
        (
            $(#[$enum_doc:meta])*
            pub enum $enum:ident: $repr:ident;
            $($(#[$doc:meta])* $variant:ident = row!($code:literal, $($cells:tt)*);)*
        ) => {
            $crate::generated::baseline_enum! {
                $($variant [$code] ($code, $($cells)*))*
            }
        };
        (
            $(#[$enum_doc:meta])*
            pub enum $enum:ident: $repr:ident;
            $(
                $(#[$doc:meta])*
                $variant:ident = row!([$code:literal $(, $more:literal)*], $($cells:tt)*);
            )*
        ) => {
            $crate::generated::baseline_enum! {
                $($variant [$code $(, $more)*] ([$code $(, $more)*], $($cells)*))*
            }
        };
        (
            $(#[$enum_doc:meta])*
            pub enum $enum:ident: $repr:ident;
            $($rows:tt)*
        ) => {
            $crate::generated::mixed_rows! { [] $($rows)* }
        };
    }
    pub(crate) use code_table;

    /// The rows of a table of both kinds (Koupleless), one at a time, into the
    /// form `baseline_enum!` takes.
    macro_rules! mixed_rows {
        ([$($done:tt)*]) => {
            $crate::generated::baseline_enum! { $($done)* }
        };
        (
            [$($done:tt)*]
            $(#[$doc:meta])* $variant:ident = row!([$($code:literal),*], $($cells:tt)*);
            $($rest:tt)*
        ) => {
            $crate::generated::mixed_rows! {
                [$($done)* $variant [$($code),*] ([$($code),*], $($cells)*)] $($rest)*
            }
        };
        (
            [$($done:tt)*]
            $(#[$doc:meta])* $variant:ident = row!($code:literal, $($cells:tt)*);
            $($rest:tt)*
        ) => {
            $crate::generated::mixed_rows! {
                [$($done)* $variant [$code] ($code, $($cells)*)] $($rest)*
            }
        };
    }
    pub(crate) use mixed_rows;

    /// `Baseline`: one variant per row, parsed from each of its codes.
    macro_rules! baseline_enum {
        ($($variant:ident [$($code:literal),*] ($($cells:tt)*))*) => {
            /// One variant per variant of the crate's enum, in the same order.
            #[derive(Clone, Copy, PartialEq, Eq, Debug, strum::EnumString, strum::VariantArray)]
            pub enum Baseline {
                $(#[strum($(serialize = $code),*)] $variant,)*
            }

            impl Baseline {
                /// The code, as a `match`.
                pub fn code(&self) -> &'static str {
                    match self {
                        $(Baseline::$variant => [$($code),*][0],)*
                    }
                }

                /// The message, as a `match`.
                pub fn message(&self) -> &'static str {
                    match self {
                        $(Baseline::$variant => row!($($cells)*).message,)*
                    }
                }

                /// The HTTP status, as a `match`.
                pub fn http_status(&self) -> u16 {
                    match self {
                        $(Baseline::$variant => row!($($cells)*).status,)*
                    }
                }
            }

            /// `code: message`, as a user would write it.
            impl std::fmt::Display for Baseline {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    write!(f, "{}: {}", self.code(), self.message())
                }
            }
        };
    }
    pub(crate) use baseline_enum;

    /// The crate's indexes and keys: the baselines do without them.
    macro_rules! index {
        ($($tokens:tt)*) => {};
    }
    pub(crate) use index;

    macro_rules! keys {
        ($($tokens:tt)*) => {};
    }
    pub(crate) use keys;

    macro_rules! lengths {
        ($($tokens:tt)*) => {};
    }
    pub(crate) use lengths;
}

/// The Koupleless module's tables of distinct codes and Level 1 meanings: the
/// baselines do without them.
pub mod koupleless_statics {
    macro_rules! code_entries {
        ($($tokens:tt)*) => {};
    }
    pub(crate) use code_entries;

    macro_rules! source_meanings {
        ($($tokens:tt)*) => {};
    }
    pub(crate) use source_meanings;
}

/// What the `match`es of a baseline read from a row.
pub struct Row {
    pub message: &'static str,
    pub status: u16,
}

// The gateway's 1640302 is serialized once per code; the baseline's `match`
// answers the first (the crate: none).
#[allow(unreachable_patterns)]
pub mod paas {
    use super::Row;

    /// The keys several codes share: the baseline does without them.
    macro_rules! shared {
        ($($tokens:tt)*) => {};
    }

    macro_rules! row {
        (
            $code:literal, $product:ident, $module:expr, $status:literal, $origin:ident,
            [$($name:literal),*], $flag:expr, $message:literal, $($rest:tt)*
        ) => {
            Row {
                message: $message,
                status: $status,
            }
        };
    }

    include!(concat!(env!("OUT_DIR"), "/paas.rs"));
}

pub mod cci {
    use super::Row;

    macro_rules! row {
        ($code:literal, $status:literal, $message:literal, $($rest:tt)*) => {
            Row {
                message: $message,
                status: $status,
            }
        };
    }

    include!(concat!(env!("OUT_DIR"), "/cci.rs"));
}

// openYuanrong numbers that several components define are serialized once per
// code; the baseline's `match` answers the first (the crate: the published one,
// or none).
#[allow(unreachable_patterns)]
pub mod sdk {
    use super::Row;

    macro_rules! row {
        (
            $code:literal, $table:expr, $status:literal, $origin:ident, [$($name:literal),*],
            $message:literal, $($rest:tt)*
        ) => {
            Row {
                message: $message,
                status: $status,
            }
        };
    }

    /// The numbers several codes share: the baseline does without them.
    macro_rules! shared {
        ($($tokens:tt)*) => {};
    }

    include!(concat!(env!("OUT_DIR"), "/sdk.rs"));
}

// Koupleless codes that two components have are serialized twice; the crate
// parses them to neither, and the benches leave them out.
#[allow(unreachable_patterns)]
pub mod koupleless {
    use super::Row;

    macro_rules! row {
        (
            [$($code:literal),*], $component:ident, $business_type:literal,
            [$($source:ident),*], $error_type:literal, $status:literal, $origin:ident,
            $meaning:literal, $($rest:tt)*
        ) => {
            Row {
                message: $meaning,
                status: $status,
            }
        };
        (
            $code:literal, $component:ident, $status:literal, $origin:ident,
            $message:literal, $($rest:tt)*
        ) => {
            Row {
                message: $message,
                status: $status,
            }
        };
    }

    include!(concat!(env!("OUT_DIR"), "/koupleless.rs"));
}
