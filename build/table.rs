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
        let error = |line: usize, message: String| TableError {
            file: file.to_owned(),
            line,
            message,
        };
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
        let expected: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
        let header: Vec<&str> = match lines.next() {
            Some((_, header)) => header.split('\t').collect(),
            None => return Err(error(1, "the table is empty: no header".to_owned())),
        };
        if header != expected {
            return Err(error(
                1,
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

    /// Parses a table whose first line is a comment (`# source: ...` on the
    /// vendors' tables under `codes/vendor-source/`, what the table is on the
    /// crate's `codes/meanings/`),
    /// keeping the lines of the file in errors.
    pub fn parse_cited(
        file: &str,
        text: &str,
        columns: &[(&'static str, Cell)],
    ) -> Result<Table, TableError> {
        let rest = match text.split_once('\n') {
            Some((first, rest)) if first.starts_with('#') => rest,
            _ => {
                return Err(TableError {
                    file: file.to_owned(),
                    line: 1,
                    message: "the first line is not a `#` comment".to_owned(),
                });
            }
        };
        let mut table = Table::parse(file, rest, columns).map_err(|mut error| {
            error.line += 1;
            error
        })?;
        for (line, _) in &mut table.lines {
            *line += 1;
        }
        Ok(table)
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
}

/// Undoes the escapes a cell may hold: `\n` (a line break inside a long text),
/// `\t` and `\\`.
fn unescape(cell: &str) -> Result<String, String> {
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
