//! The join of a `codes/<platform>-source.tsv` mapping with the vendor-source
//! tables it maps (copied unchanged under `codes/vendor-source/`), which every
//! platform with codes read from the vendors' source shares.
//!
//! The mapping has one row per source row, keyed by `(table, table_line)`
//! ([`table::SOURCE_MAPPING_COLUMNS`]). [`join`] checks that each mapping row
//! names a source row, that each source row is mapped once, that the cells the
//! mapping repeats are the source's, and that its `repo` and `commit` are the
//! ones line 1 of the source table cites for the row's file. It then groups the
//! rows by the variant they make or join, keeping table order: what each row
//! becomes (a platform's definition) is the platform's, through a closure.

use std::collections::BTreeMap;

use super::catalog;
use super::rust;
use super::table::{self, Cell, Citation, Row, Table, TableError};

/// A copied vendor-source table the mapping may name.
pub struct Source<'a> {
    /// Its file name, as the mapping's `table` column writes it.
    pub file: &'static str,
    /// The folder it is in: `codes/vendor-source` for a copied vendor table,
    /// `codes` for a table of the crate's own reading of the vendor's source
    /// (bkpaas3's literal wire codes, `codes/paas-wire-literals.tsv`).
    pub folder: &'static str,
    /// Its content.
    pub text: &'a str,
    /// Its columns; it must have a `file` column (the path its row cites), and a
    /// `line` column for [`Link::cited`].
    pub columns: &'static [(&'static str, Cell)],
    /// The `(mapping column, source column)` pairs a mapping row repeats from
    /// its source row (`("symbol", "name")`).
    pub repeats: &'static [(&'static str, &'static str)],
    /// The source column naming the repository of a row, where the table mixes
    /// repositories and line 1 cites one path in several; `None` where the
    /// path alone finds the citation.
    pub repository: Option<&'static str>,
}

/// The `role` column: what a mapping row adds to its variant.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    /// The first definition of a new variant; it names the variant and gives
    /// its status.
    New,
    /// Another definition of a new variant's code.
    SameCode,
    /// A further message the source sends with a new variant's code.
    Message,
    /// A definition or a message of a published variant.
    Published,
}

const ROLES: &[(&str, Role)] = &[
    ("new", Role::New),
    ("same-code", Role::SameCode),
    ("message", Role::Message),
    ("published", Role::Published),
];

/// One mapping row with the source row it names, checked against each other.
pub struct Link<'a> {
    /// The row of the mapping.
    pub mapping: &'a Row<'a>,
    /// The row of the source table it names.
    pub source: &'a Row<'a>,
    /// The source table's file name (under its [`Source::folder`]).
    pub table: &'static str,
    /// The repository, path and commit the source table cites for the row.
    pub citation: &'a Citation,
}

impl Link<'_> {
    /// Where the source row is in the vendor's repository: the repository, path
    /// and commit line 1 cites for its file, and its `line` column.
    pub fn cited(&self) -> Result<Cited, TableError> {
        let line = self.source.cell("line");
        Ok(Cited {
            repository: self.citation.repository.clone(),
            path: self.citation.path.clone(),
            commit: self.citation.commit.clone(),
            line: line.parse().map_err(|_| {
                self.source
                    .error(format!("line {line:?} is not a line number"))
            })?,
        })
    }
}

/// A source row's place in the vendor's repository, as a generated `Citation`
/// writes it.
pub struct Cited {
    pub repository: String,
    pub path: String,
    pub commit: String,
    pub line: u32,
}

impl Cited {
    /// The citation's cells of a `definition!` row: `"repo", "path", "commit", line`.
    pub fn cells(&self) -> String {
        format!(
            "{}, {}, {}, {}",
            rust::string(&self.repository),
            rust::string(&self.path),
            rust::string(&self.commit),
            self.line
        )
    }

    /// Where a variant's doc says the row is: `` in `path` line 35 (`repo` at `commit`) ``.
    pub fn place(&self) -> String {
        format!(
            "in `{}` line {} (`{}` at `{}`)",
            self.path, self.line, self.repository, self.commit
        )
    }
}

/// A variant the source adds: its `new` row, then its further rows.
pub struct NewVariant<D> {
    /// The line of its `new` row in the mapping.
    pub line: usize,
    /// The variant's name (`variant`), checked.
    pub name: String,
    /// The code as sent (the `new` row's `code`).
    pub code: String,
    /// Its status (the `new` row's).
    pub status: u16,
    /// Where its status comes from (the `new` row's), never `published`.
    pub origin: catalog::Origin,
    /// What the platform made of each of its rows, in mapping order.
    pub definitions: Vec<D>,
}

/// The definitions a source adds to one published variant.
pub struct Attached<D> {
    /// The line of the first mapping row naming the variant.
    pub line: usize,
    /// What the platform made of each row, in mapping order.
    pub definitions: Vec<D>,
}

/// The mapping's rows grouped by variant.
pub struct Joined<D> {
    /// The mapping file, for errors: `codes/paas-source.tsv`.
    mapping: String,
    /// The definitions of published variants, by `published_variant`.
    pub published: BTreeMap<String, Attached<D>>,
    /// The new variants, in the order of their `new` rows.
    pub new: Vec<NewVariant<D>>,
}

impl<D> Joined<D> {
    /// Takes the definitions the source attaches to the published variant
    /// `name` (none when it attaches none).
    pub fn take_published(&mut self, name: &str) -> Vec<D> {
        self.published
            .remove(name)
            .map(|attached| attached.definitions)
            .unwrap_or_default()
    }

    /// Fails when a `published_variant` named a variant that
    /// [`take_published`](Self::take_published) never took: no published
    /// variant has that name.
    pub fn all_published_taken(&self) -> Result<(), TableError> {
        match self.published.iter().next() {
            Some((name, attached)) => Err(TableError {
                file: self.mapping.clone(),
                line: attached.line,
                message: format!("published_variant {name} names no published variant"),
            }),
            None => Ok(()),
        }
    }
}

/// Reads the mapping `mapping` (the content of `mapping_file`) and the copied
/// source tables `sources`, checks each against the other, and groups the
/// rows by variant; `define` makes each row (all roles) into the platform's
/// definition, and may fail on it.
pub fn join<D>(
    mapping_file: &str,
    mapping: &str,
    sources: &[Source<'_>],
    mut define: impl FnMut(&Link<'_>) -> Result<D, TableError>,
) -> Result<Joined<D>, TableError> {
    let mut tables = Vec::new();
    for source in sources {
        let path = format!("{}/{}", source.folder, source.file);
        let (table, citations) = Table::parse_cited(&path, source.text, source.columns)?;
        tables.push((source, table, citations));
    }
    let mut rows: BTreeMap<(&str, usize), (Row, &Source, &[Citation])> = BTreeMap::new();
    for (source, table, citations) in &tables {
        for row in table.rows() {
            rows.insert((source.file, row.line), (row, source, citations.as_slice()));
        }
    }
    let mapping_table = Table::parse(mapping_file, mapping, table::SOURCE_MAPPING_COLUMNS)?;
    let mut joined = Joined {
        mapping: mapping_file.to_owned(),
        published: BTreeMap::new(),
        new: Vec::new(),
    };
    let mut mapped: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    for row in mapping_table.rows() {
        let file = sources
            .iter()
            .map(|s| s.file)
            .find(|f| *f == row.cell("table"))
            .ok_or_else(|| {
                let files: Vec<&str> = sources.iter().map(|s| s.file).collect();
                row.error(format!("table is none of {}", files.join(", ")))
            })?;
        let table_line: usize = row
            .cell("table_line")
            .parse()
            .map_err(|_| row.error("table_line is not a line number"))?;
        let Some((source_row, source, citations)) = rows.get(&(file, table_line)) else {
            return Err(row.error(format!("{file} has no row on line {table_line}")));
        };
        if let Some(first) = mapped.insert((file, table_line), row.line) {
            return Err(row.error(format!(
                "{file} line {table_line} is mapped twice (also on line {first})"
            )));
        }
        row.repeats(source_row, source.repeats)?;
        let citation = citation(&row, source_row, source, citations)?;
        let role = catalog::one_of(&row, "role", ROLES)?;
        let link = Link {
            mapping: &row,
            source: source_row,
            table: file,
            citation,
        };
        match (
            role,
            row.optional("variant"),
            row.optional("published_variant"),
        ) {
            (Role::New, Some(_), None) => {
                let status = catalog::status(&row, "status")?;
                let origin = catalog::one_of(&row, "status_origin", catalog::ORIGINS)?;
                if origin.variant == catalog::PUBLISHED.variant {
                    return Err(row.error("a code of the source only has no published status"));
                }
                let name = catalog::variant_name(&row, "variant")?;
                let definition = define(&link)?;
                joined.new.push(NewVariant {
                    line: row.line,
                    name,
                    code: row.cell("code").to_owned(),
                    status,
                    origin,
                    definitions: vec![definition],
                });
            }
            (Role::SameCode | Role::Message, Some(name), None) => {
                let definition = define(&link)?;
                let variant = joined
                    .new
                    .iter_mut()
                    .find(|v| v.name == name)
                    .ok_or_else(|| row.error(format!("{name} is no new variant of a row above")))?;
                if variant.code != row.cell("code") {
                    return Err(row.error(format!(
                        "code {} is not {name}'s, {}",
                        row.cell("code"),
                        variant.code
                    )));
                }
                variant.definitions.push(definition);
            }
            (Role::Published, None, Some(name)) => {
                let definition = define(&link)?;
                joined
                    .published
                    .entry(name.to_owned())
                    .or_insert_with(|| Attached {
                        line: row.line,
                        definitions: Vec::new(),
                    })
                    .definitions
                    .push(definition);
            }
            _ => {
                return Err(row.error(
                    "a new, same-code or message row names its variant in variant, a \
                     published row in published_variant, and leaves the other empty",
                ));
            }
        }
    }
    for (source, table, _) in &tables {
        if let Some(row) = table
            .rows()
            .find(|r| !mapped.contains_key(&(source.file, r.line)))
        {
            return Err(table.error(row.line, format!("no row of {mapping_file} maps this row")));
        }
    }
    Ok(joined)
}

/// The citation line 1 of the source table gives for `source_row`'s file,
/// checked against the mapping row's `repo` and `commit`.
fn citation<'c>(
    row: &Row,
    source_row: &Row,
    source: &Source,
    citations: &'c [Citation],
) -> Result<&'c Citation, TableError> {
    let path = source_row.cell("file");
    let repository = source.repository.map(|column| source_row.cell(column));
    let citation = citations
        .iter()
        .find(|c| c.path == path && repository.is_none_or(|r| c.repository == r))
        .ok_or_else(|| {
            let file = match repository {
                Some(repository) => format!("{repository}:{path}"),
                None => path.to_owned(),
            };
            source_row.error(format!("line 1 cites no commit for {file}"))
        })?;
    for (column, cited) in [("repo", &citation.repository), ("commit", &citation.commit)] {
        if row.cell(column) != cited {
            return Err(row.error(format!(
                "{column} {:?} is not the source table's {cited:?}",
                row.cell(column)
            )));
        }
    }
    Ok(citation)
}
