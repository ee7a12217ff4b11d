//! The macros the generated modules are written in (`build/`, `$OUT_DIR`): one
//! row a code, as `http`'s `status.rs` writes its table.
//!
//! A platform module defines its `Row` and a `row!` macro that turns one table
//! row's cells into a `Row`, then includes its generated file:
//!
//! ```text
//! crate::generated::code_table! {
//!     /// An error code of Huawei Cloud CCI: ...
//!     pub enum CciError: u8;
//!
//!     /// `CCI.02.409101`: namespace name is already exist
//!     /// ...
//!     NamespaceNameAlreadyExists = row!("CCI.02.409101", 409, "namespace name is already exist", "…", "…");
//! }
//! ```

/// The enum of a table, one documented variant per row, and `ROWS`, the row of
/// each variant. The discriminant is `u8`, or `u16` for a table of more than 255
/// rows (`build/index.rs` picks it).
macro_rules! code_table {
    (
        $(#[$enum_doc:meta])*
        pub enum $enum:ident: $repr:ident;
        $($(#[$doc:meta])* $variant:ident = $row:expr;)*
    ) => {
        $(#[$enum_doc])*
        #[derive(
            Clone,
            Copy,
            PartialEq,
            Eq,
            PartialOrd,
            Ord,
            Hash,
            thiserror::Error,
        )]
        #[non_exhaustive]
        #[repr($repr)]
        pub enum $enum {
            $($(#[$doc])* $variant,)*
        }

        // strum's traits written out here rather than derived: the table already
        // lists every variant, and strum's derive macros would make every user
        // compile strum_macros and its syn major beside thiserror's.
        impl strum::EnumCount for $enum {
            const COUNT: usize = [$(stringify!($variant)),*].len();
        }

        impl strum::VariantArray for $enum {
            const VARIANTS: &'static [Self] = &[$($enum::$variant),*];
        }

        impl strum::VariantNames for $enum {
            const VARIANTS: &'static [&'static str] = &[$(stringify!($variant)),*];
        }

        /// The rows of the table, in table order: `ROWS[e as usize]` describes `e`.
        static ROWS: [Row; <$enum as strum::EnumCount>::COUNT] = [$($row),*];
    };
}
pub(crate) use code_table;

/// A code index (`crate::lookup::Index`): its multiplier and bits, and the row
/// number in each slot.
macro_rules! index {
    (
        $(#[$doc:meta])*
        static $name:ident: [$slot:ident; $len:literal] = ($multiplier:literal, $bits:literal) [
            $($row:literal,)*
        ];
    ) => {
        $(#[$doc])*
        static $name: $crate::lookup::Index<$slot, $len, $multiplier, $bits> =
            $crate::lookup::Index {
                slots: [$($row),*],
            };
    };
}
pub(crate) use index;

/// The shortest and the longest of a table's texts, which a lookup checks
/// before hashing.
#[cfg_attr(not(errcodes_hashed), allow(unused_macros))]
macro_rules! lengths {
    (
        $(#[$doc:meta])*
        const $name:ident = $min:literal..=$max:literal;
    ) => {
        $(#[$doc])*
        const $name: std::ops::RangeInclusive<usize> = $min..=$max;
    };
}
#[cfg_attr(not(errcodes_hashed), allow(unused_imports))]
pub(crate) use lengths;

/// Each row's integer key, in row order.
#[cfg_attr(not(any(errcodes_decimal, errcodes_cci)), allow(unused_macros))]
macro_rules! keys {
    (
        $(#[$doc:meta])*
        static $name:ident: [u32; $len:literal] = [$($key:literal,)*];
    ) => {
        $(#[$doc])*
        static $name: [u32; $len] = [$($key),*];
    };
}
#[cfg_attr(not(any(errcodes_decimal, errcodes_cci)), allow(unused_imports))]
pub(crate) use keys;
