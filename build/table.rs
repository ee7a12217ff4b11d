//! Reads the tab-separated tables under `codes/` and reports every defect with the
//! file and line it is on.

use std::fmt;

/// A defect in a table, located by file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// One row of a table: its cells, unescaped, and where it stands.
pub struct Row<'t> {
    table: &'t Table,
    pub line: usize,
    cells: &'t [String],
}

/// A table whose header has been checked against the columns the generator reads.
pub struct Table {
    pub file: String,
    columns: Vec<(&'static str, Cell)>,
    lines: Vec<(usize, Vec<String>)>,
}

/// A file a copied table was read from, as its line 1 cites it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub repository: String,
    pub path: String,
    pub commit: String,
}

/// Whether a column may be left empty.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Required,
    Optional,
}

impl Table {
    /// Parses `text`, the content of `file`, whose header must name `columns` in order.
    pub fn parse(
        file: &str,
        text: &str,
        columns: &[(&'static str, Cell)],
    ) -> Result<Table, TableError> {
        Table::parse_from(file, text, 0, columns)
    }

    /// Parses a table copied from the vendors' sources (`codes/vendor-source/`):
    /// line 1 is `# source: repository:path@commit; ...`, line 2 the header.
    /// Returns the table, whose rows keep their line numbers in the file, and
    /// the citations of line 1.
    pub fn parse_cited(
        file: &str,
        text: &str,
        columns: &[(&'static str, Cell)],
    ) -> Result<(Table, Vec<Citation>), TableError> {
        let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
        let error = |message: String| TableError {
            file: file.to_owned(),
            line: 1,
            message,
        };
        let sources = first.strip_prefix("# source: ").ok_or_else(|| {
            error("line 1 is not `# source: repository:path@commit; ...`".to_owned())
        })?;
        let mut citations = Vec::new();
        for source in sources.split("; ") {
            if source.starts_with('(') {
                continue;
            }
            let parsed = source.split_once(':').and_then(|(repository, rest)| {
                let (path, commit) = rest.rsplit_once('@')?;
                Some(Citation {
                    repository: repository.to_owned(),
                    path: path.to_owned(),
                    commit: commit.to_owned(),
                })
            });
            citations.push(parsed.ok_or_else(|| {
                error(format!("source {source:?} is not repository:path@commit"))
            })?);
        }
        Ok((Table::parse_from(file, rest, 1, columns)?, citations))
    }

    fn parse_from(
        file: &str,
        text: &str,
        skipped: usize,
        columns: &[(&'static str, Cell)],
    ) -> Result<Table, TableError> {
        let error = |line: usize, message: String| TableError {
            file: file.to_owned(),
            line,
            message,
        };
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1 + skipped, l));
        let expected: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        let header: Vec<&str> = match lines.next() {
            Some((_, header)) => header.split('\t').collect(),
            None => {
                return Err(error(
                    1 + skipped,
                    "the table is empty: no header".to_owned(),
                ));
            }
        };
        if header != expected {
            return Err(error(
                1 + skipped,
                format!(
                    "the header is {:?}; this table needs the columns {:?}",
                    header, expected
                ),
            ));
        }
        let mut rows = Vec::new();
        for (line, content) in lines {
            if content.is_empty() {
                return Err(error(line, "empty line inside the table".to_owned()));
            }
            let raw: Vec<&str> = content.split('\t').collect();
            if raw.len() != columns.len() {
                let detail = if raw.len() < columns.len() {
                    format!("missing {:?}", &expected[raw.len()..])
                } else {
                    format!("{} cells too many", raw.len() - columns.len())
                };
                return Err(error(
                    line,
                    format!(
                        "the row has {} cells, the header {} ({detail})",
                        raw.len(),
                        columns.len()
                    ),
                ));
            }
            let mut cells = Vec::with_capacity(raw.len());
            for (cell, (name, kind)) in raw.iter().zip(columns) {
                let value =
                    unescape(cell).map_err(|m| error(line, format!("column {name}: {m}")))?;
                if *kind == Cell::Required && value.is_empty() {
                    return Err(error(line, format!("column {name} is empty")));
                }
                if value.trim() != value {
                    return Err(error(
                        line,
                        format!("column {name} has white space at its start or end"),
                    ));
                }
                cells.push(value);
            }
            rows.push((line, cells));
        }
        Ok(Table {
            file: file.to_owned(),
            columns: columns.to_vec(),
            lines: rows,
        })
    }

    /// Parses a table whose line 1 is a `#` comment (what the crate's own
    /// tables under `codes/meanings/` are) and line 2 the header.
    pub fn parse_commented(
        file: &str,
        text: &str,
        columns: &[(&'static str, Cell)],
    ) -> Result<Table, TableError> {
        match text.split_once('\n') {
            Some((first, rest)) if first.starts_with('#') => {
                Table::parse_from(file, rest, 1, columns)
            }
            _ => Err(TableError {
                file: file.to_owned(),
                line: 1,
                message: "line 1 is not a `#` comment".to_owned(),
            }),
        }
    }

    /// The rows, in table order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.lines.iter().map(move |(line, cells)| Row {
            table: self,
            line: *line,
            cells,
        })
    }

    /// An error located on `line` of this table.
    pub fn error(&self, line: usize, message: impl Into<String>) -> TableError {
        TableError {
            file: self.file.clone(),
            line,
            message: message.into(),
        }
    }
}

impl<'t> Row<'t> {
    /// The cell of `column`; empty when an optional cell was left empty.
    pub fn cell(&self, column: &str) -> &'t str {
        let index = self
            .table
            .columns
            .iter()
            .position(|(name, _)| *name == column)
            .unwrap_or_else(|| panic!("build.rs reads a column {column:?} it did not declare"));
        &self.cells[index]
    }

    /// The cell of an optional column, `None` when empty.
    pub fn optional(&self, column: &str) -> Option<&'t str> {
        Some(self.cell(column)).filter(|value| !value.is_empty())
    }

    /// An error located on this row.
    pub fn error(&self, message: impl Into<String>) -> TableError {
        self.table.error(self.line, message)
    }

    /// Checks that this row (of a `codes/<platform>-source.tsv` mapping) repeats
    /// the cells of the source row it names: each `(column, source_column)` pair
    /// must hold the same text.
    pub fn repeats(&self, source: &Row, pairs: &[(&str, &str)]) -> Result<(), TableError> {
        for &(column, source_column) in pairs {
            if self.cell(column) != source.cell(source_column) {
                return Err(self.error(format!(
                    "{column} {:?} is not the source row's {source_column} {:?}",
                    self.cell(column),
                    source.cell(source_column)
                )));
            }
        }
        Ok(())
    }
}

/// Undoes the escapes a cell may hold: `\n` (a line break inside a long text),
/// `\t` and `\\`.
pub fn unescape(cell: &str) -> Result<String, String> {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => return Err(format!("unknown escape \\{other} (use \\n, \\t or \\\\)")),
            None => return Err("a lone \\ ends the cell (write \\\\)".to_owned()),
        }
    }
    Ok(out)
}

/// The columns of every `codes/<platform>-source.tsv`: where each row of a
/// copied vendor-source table goes (the scope, the variant it makes or joins, its
/// status and the citation), one row per source row, keyed by `(table, table_line)`.
pub const SOURCE_MAPPING_COLUMNS: &[(&str, Cell)] = &[
    ("table", Cell::Required),
    ("table_line", Cell::Required),
    ("scope", Cell::Required),
    ("code", Cell::Required),
    ("number", Cell::Optional),
    ("code_name", Cell::Optional),
    ("symbol", Cell::Required),
    ("role", Cell::Required),
    ("variant", Cell::Optional),
    ("published_variant", Cell::Optional),
    ("status", Cell::Required),
    ("status_origin", Cell::Required),
    ("status_rule", Cell::Required),
    ("repo", Cell::Required),
    ("commit", Cell::Required),
    ("file", Cell::Required),
    ("line", Cell::Required),
    ("note", Cell::Optional),
];
