//! The driver's typed registers, generated from the map: one constant per
//! register with its access mode in the type (tock-registers style), one
//! per value wider than 32 bits with its words in order, a typed bit for
//! every status and interrupt register (the crypto window's `CRYPTO_STATUS`
//! included) and the typed grant verdict. The modes and
//! the `Reg` / `Wide` types are the driver's (`driver/src/regs.rs`).

use super::GENERATED_NOTE;
use crate::{wide_words, Access, Class, REGISTERS};
use std::fmt::Write;

/// Path of the generated typed registers, relative to the workspace root.
pub const DRIVER_REGS_RS: &str = "driver/src/regs_map.rs";

/// The driver's marker type for an access mode.
fn mode(a: Access) -> &'static str {
    match a {
        Access::Ro => "Ro",
        Access::Rw => "Rw",
        Access::Wo => "Wo",
        Access::Rw1c => "Rw1c",
        Access::Rw1s => "Rw1s",
    }
}

/// The source of `driver/src/regs_map.rs`.
pub fn driver_regs_rust() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "// {GENERATED_NOTE}");
    let _ = writeln!(
        s,
        "//! Every register of the abi map as a typed constant, and every value\n\
         //! wider than 32 bits with its words least significant first.\n\n\
         use capfuse_abi::Access;\n\n\
         use super::{{Mode, Reg, Ro, Rw, Rw1c, Rw1s, Wide, Wo}};\n"
    );
    for r in REGISTERS {
        let _ = writeln!(
            s,
            "/// `{}` ({}, {:#05x}): {}\npub const {}: Reg<{}> = Reg::new(\"{}\", capfuse_abi::reg::{});",
            r.name,
            r.access.as_str(),
            r.offset,
            r.doc.trim(),
            r.name,
            mode(r.access),
            r.name,
            r.name
        );
    }
    let _ = writeln!(
        s,
        "\n/// Every typed register: name, offset and access mode.\npub const ALL: &[(&str, u16, Access)] = &["
    );
    for r in REGISTERS {
        let _ = writeln!(
            s,
            "    (\"{}\", capfuse_abi::reg::{}, <{} as Mode>::ACCESS),",
            r.name,
            r.name,
            mode(r.access)
        );
    }
    let _ = writeln!(s, "];");
    let mut wides: Vec<&str> = REGISTERS
        .iter()
        .map(|r| r.wide.0)
        .filter(|n| !n.is_empty())
        .collect();
    wides.dedup();
    for name in &wides {
        let words = wide_words(name);
        let access = words[0].access;
        let _ = writeln!(
            s,
            "\n/// `{name}`, {} bits in {} words, least significant first.\npub const {name}: Wide<{}, {}> = Wide {{\n    name: \"{name}\",\n    words: [{}],\n}};",
            32 * words.len(),
            words.len(),
            mode(access),
            words.len(),
            words.iter().map(|w| w.name).collect::<Vec<_>>().join(", ")
        );
    }
    let _ = writeln!(
        s,
        "\n/// Every typed wide value: name and word offsets (least significant first).\npub fn wide_values() -> Vec<(&'static str, Vec<u16>)> {{\n    vec!["
    );
    for name in &wides {
        let _ = writeln!(
            s,
            "        ({name}.name, {name}.words.iter().map(|r| r.offset).collect()),"
        );
    }
    let _ = writeln!(s, "    ]\n}}");
    // Every status and interrupt register made of one-bit fields gets a
    // typed bit (one for registers that share their fields, as INTR_STATE
    // and INTR_ENABLE) and the names the tools print.
    let mut done: Vec<*const crate::Field> = Vec::new();
    for r in REGISTERS {
        if !matches!(r.class, Class::Status | Class::Interrupt)
            || r.fields.is_empty()
            || r.fields.iter().any(|f| f.width != 1)
            || done.contains(&r.fields.as_ptr())
        {
            continue;
        }
        done.push(r.fields.as_ptr());
        bit_enum(&mut s, r.name, r.fields, labels(r.name));
    }
    let crypto_bits: Vec<crate::Field> = crate::crypto::status::FIELDS
        .iter()
        .copied()
        .filter(|f| f.width == 1)
        .collect();
    bit_enum(&mut s, "CRYPTO_STATUS", &crypto_bits, None);
    verdict_enum(&mut s);
    s
}

/// The labels the tools print for a register's bits, where the abi words
/// them itself; other registers print their field names in words.
fn labels(register: &str) -> Option<&'static [(u32, &'static str)]> {
    match register {
        "TRIP_REASON" => Some(crate::trip::NAMES),
        "ERR_CODE" => Some(crate::err::NAMES),
        "INTR_STATE" | "INTR_ENABLE" => Some(crate::intr::NAMES),
        _ => None,
    }
}

/// The label of field `f`: the abi's wording from `labels`, else its name
/// in lower-case words.
fn label(f: &crate::Field, labels: Option<&[(u32, &str)]>) -> String {
    match labels {
        Some(table) => {
            let found = table.iter().find(|(mask, _)| *mask == f.mask());
            found
                .unwrap_or_else(|| panic!("no label for bit {} in the abi's names", f.name))
                .1
                .to_string()
        }
        None => f.name.to_ascii_lowercase().replace('_', " "),
    }
}

/// The typed grant verdict, from `formats::grant_verdict::VERDICTS`.
fn verdict_enum(s: &mut String) {
    use crate::formats::grant_verdict::VERDICTS;
    let variants: Vec<(String, String)> = VERDICTS
        .iter()
        .map(|v| (camel(v.name), format!("{}: {}", v.code, v.doc)))
        .collect();
    typed_enum(
        s,
        "GrantVerdict",
        "A grant verdict (the `VERDICT` field of `CRYPTO_STATUS`): match on it,\n/// and a new verdict in the abi is a compile error wherever it is not handled.",
        &variants,
        "Every verdict, in code order.",
        &[
            Method {
                doc: "Its code.".into(),
                sig: "code(self) -> u8".into(),
                values: VERDICTS.iter().map(|v| v.code.to_string()).collect(),
            },
            Method {
                doc: "The label the tools print.".into(),
                sig: "label(self) -> &'static str".into(),
                values: VERDICTS.iter().map(|v| format!("{:?}", v.label)).collect(),
            },
        ],
        "\n    /// The verdict with this code, if the abi defines one.\n    pub fn from_code(code: u8) -> Option<GrantVerdict> {\n        GrantVerdict::ALL.into_iter().find(|v| v.code() == code)\n    }\n",
    );
}

/// A `const fn` of a generated enum: what each variant maps to.
struct Method {
    /// Its doc line.
    doc: String,
    /// `name(self) -> Type`.
    sig: String,
    /// The value of each variant, in variant order, as Rust source.
    values: Vec<String>,
}

/// A fieldless enum `ty` with `ALL`, one `const fn` per method (an
/// exhaustive match) and `extra` source inside its `impl`.
fn typed_enum(
    s: &mut String,
    ty: &str,
    doc: &str,
    variants: &[(String, String)],
    all_doc: &str,
    methods: &[Method],
    extra: &str,
) {
    let _ = writeln!(
        s,
        "\n/// {doc}\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {ty} {{"
    );
    for (name, doc) in variants {
        let _ = writeln!(s, "    /// {doc}.\n    {name},");
    }
    let _ = writeln!(
        s,
        "}}\n\nimpl {ty} {{\n    /// {all_doc}\n    pub const ALL: [{ty}; {}] = [",
        variants.len()
    );
    for (name, _) in variants {
        let _ = writeln!(s, "        {ty}::{name},");
    }
    let _ = writeln!(s, "    ];");
    for m in methods {
        let _ = writeln!(
            s,
            "\n    /// {}\n    pub const fn {} {{\n        match self {{",
            m.doc, m.sig
        );
        for ((name, _), value) in variants.iter().zip(&m.values) {
            let _ = writeln!(s, "            {ty}::{name} => {value},");
        }
        let _ = writeln!(s, "        }}\n    }}");
    }
    let _ = writeln!(s, "{extra}}}");
}

/// `TRIP_REASON` -> `TripReason`.
fn camel(name: &str) -> String {
    name.split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase(),
                None => String::new(),
            }
        })
        .collect()
}

/// The typed bit of register `register` (every field one bit wide).
fn bit_enum(
    s: &mut String,
    register: &str,
    fields: &[crate::Field],
    labels: Option<&[(u32, &str)]>,
) {
    let variants: Vec<(String, String)> = fields
        .iter()
        .map(|f| (camel(f.name), format!("{}: {}", f.name, f.doc)))
        .collect();
    typed_enum(
        s,
        &format!("{}Bit", camel(register)),
        &format!(
            "A bit of `{register}`: match on it, and a new bit in the abi is a compile\n/// error wherever it is not handled."
        ),
        &variants,
        "Every bit, least significant first.",
        &[
            Method {
                doc: "Its mask in the register.".into(),
                sig: "mask(self) -> u32".into(),
                values: fields.iter().map(|f| format!("{:#x}", f.mask())).collect(),
            },
            Method {
                doc: format!(
                    "Its field name in the abi, lower case (`{}`).",
                    fields[0].name.to_ascii_lowercase()
                ),
                sig: "key(self) -> &'static str".into(),
                values: fields
                    .iter()
                    .map(|f| format!("{:?}", f.name.to_ascii_lowercase()))
                    .collect(),
            },
            Method {
                doc: format!("The label the tools print (`{}`).", label(&fields[0], labels)),
                sig: "label(self) -> &'static str".into(),
                values: fields
                    .iter()
                    .map(|f| format!("{:?}", label(f, labels)))
                    .collect(),
            },
        ],
        "",
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_camel_case() {
        assert_eq!(camel("TRIP_REASON"), "TripReason");
        assert_eq!(camel("KILL_PIN"), "KillPin");
        assert_eq!(camel("ID"), "Id");
    }

    #[test]
    fn every_word_of_a_wide_value_has_one_access() {
        for r in REGISTERS.iter().filter(|r| !r.wide.0.is_empty()) {
            let words = wide_words(r.wide.0);
            assert!(
                words.iter().all(|w| w.access == words[0].access),
                "{}: words of mixed access",
                r.wide.0
            );
        }
    }
}
