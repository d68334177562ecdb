//! `capfuse keygen`: create an authority Ed25519 key pair (offline).

use std::path::PathBuf;

use ed25519_dalek::SigningKey;
use serde_json::json;

use crate::authority::{self, files};
use crate::error::{CliError, Result};
use crate::output::{self, schema};
use crate::Ctx;

/// Arguments of `keygen`.
#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("where").required(true).args(["out", "secret"])))]
pub struct Args {
    /// Write PREFIX.secret (mode 0600) and PREFIX.pub.
    #[arg(long, value_name = "PREFIX", conflicts_with_all = ["secret", "public"])]
    pub out: Option<PathBuf>,
    /// The secret (seed) file to write, mode 0600 (with --public).
    #[arg(long, value_name = "FILE", requires = "public")]
    pub secret: Option<PathBuf>,
    /// The public key file to write (with --secret).
    #[arg(long, value_name = "FILE", requires = "secret")]
    pub public: Option<PathBuf>,
}

fn with_suffix(prefix: &std::path::Path, suffix: &str) -> PathBuf {
    let mut s = prefix.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Runs `keygen`.
pub fn run(ctx: &Ctx, a: Args) -> Result<()> {
    let (secret, public) = match (a.out, a.secret, a.public) {
        (Some(p), None, None) => (with_suffix(&p, ".secret"), with_suffix(&p, ".pub")),
        (None, Some(s), Some(p)) => (s, p),
        _ => {
            return Err(CliError::usage(
                "give --out PREFIX, or both --secret and --public",
            ))
        }
    };
    if secret == public {
        return Err(CliError::usage(
            "--secret and --public name the same file; they must differ",
        ));
    }
    // Nothing is written unless both names are free.
    files::refuse_existing(&secret)?;
    files::refuse_existing(&public)?;

    let key = SigningKey::generate(&mut rand::rngs::OsRng);
    let vk = key.verifying_key();
    files::write_new(&secret, authority::secret_key_text(&key).as_bytes(), 0o600)?;
    if let Err(e) = files::write_new(&public, authority::public_key_text(&vk).as_bytes(), 0o644) {
        // Keep the pair together: without its public file the secret is
        // of no use, and a half-done keygen should leave nothing behind.
        let _ = std::fs::remove_file(&secret);
        return Err(e);
    }
    let public_hex = authority::hex(vk.as_bytes());
    if ctx.json {
        output::print(
            schema::KEYGEN,
            json!({
                "secret": secret.display().to_string(),
                "public": public.display().to_string(),
                "public_key": public_hex,
            }),
        );
    } else {
        println!(
            "secret key: {} (mode 0600; keep it offline)",
            secret.display()
        );
        println!("public key: {}", public.display());
        println!("            {public_hex}");
        println!(
            "next: `capfuse grant keyset --threshold K PUB... --out FILE` with every authority's public key"
        );
    }
    Ok(())
}
