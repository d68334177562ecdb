//! The whole card: fuse core + Ed25519 engine + `CryptoCtl` + router
//! (`docs/design-card.md`, "Card top"), as engines of the fuse's
//! [`Engine`] trait. The host on the card's bus is [`crate::SimBar`], which
//! the driver's `Fuse` runs over, as the shipping tools do.
//!
//! Card engines take the bus, work and kill inputs and drive the enable, the
//! interrupt and the bus outputs; they ignore the fuse core's side-port
//! inputs and drive its side-port outputs to 0. The device seed and the
//! boot epoch are straps fixed by [`CardParams`].

pub mod glue;
pub mod lockstep;
pub mod model;
pub mod rtl;
pub mod verilator;

use std::time::{Duration, Instant};

use anyhow::Result;
use capfuse_abi::formats::{MAX_AUTHORITY_SLOTS, SIGNATURE_LEN};
use capfuse_abi::FuseParams;

use crate::engine::{Engine, EngineKind};

/// What a simulated card is built from: the fuse core's generator
/// parameters, the straps, and the authority key set built into the
/// bitstream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardParams {
    /// The fuse core's generator parameters.
    pub fuse: FuseParams,
    /// The device seed on the key port (eFUSE/PUF in a real card).
    pub seed: [u8; 32],
    /// The board's boot counter on the `boot_epoch` port.
    pub boot_epoch: u64,
    /// Authority public keys, slot order (1..=8 keys).
    pub authority_keys: Vec<[u8; 32]>,
    /// Signatures a grant needs (k, 1..=n).
    pub threshold: u8,
}

/// Seed of example authority key `slot` (`[0xa1 + slot; 32]`): the key set
/// of [`CardParams::example`]. Public seeds, for tests and demos only.
pub fn example_authority_seed(slot: u8) -> [u8; 32] {
    [0xa1 + slot; 32]
}

impl CardParams {
    /// An example card for tests and demos: the default fuse, device seed
    /// `[0x5e; 32]`, boot epoch 1, three authority keys from
    /// [`example_authority_seed`] and k = 2. Its secrets are public.
    pub fn example() -> CardParams {
        CardParams {
            fuse: FuseParams::DEFAULT,
            seed: [0x5e; 32],
            boot_epoch: 1,
            authority_keys: (0..3)
                .map(|s| {
                    ed25519_dalek::SigningKey::from_bytes(&example_authority_seed(s))
                        .verifying_key()
                        .to_bytes()
                })
                .collect(),
            threshold: 2,
        }
    }

    /// Checks that the parameters make a buildable card.
    pub fn validate(&self) -> Result<(), String> {
        self.fuse.validate()?;
        let n = self.authority_keys.len();
        if n == 0 || n > MAX_AUTHORITY_SLOTS {
            return Err(format!(
                "the card holds 1..={MAX_AUTHORITY_SLOTS} authority keys, got {n}"
            ));
        }
        if self.threshold == 0 || usize::from(self.threshold) > n {
            return Err(format!(
                "threshold must be 1..={n} (the number of authority keys), got {}",
                self.threshold
            ));
        }
        Ok(())
    }

    /// The device public key the card derives from its seed.
    pub fn device_key(&self) -> [u8; 32] {
        ed25519_dalek::SigningKey::from_bytes(&self.seed)
            .verifying_key()
            .to_bytes()
    }

    /// `AUTHORITY_DIGEST`: the digest of the key set built into the card.
    pub fn authority_digest(&self) -> [u8; 32] {
        capfuse_abi::formats::authority_digest(&self.authority_keys, self.threshold)
    }
}

/// Builds a card engine of the given kind, at power-up.
///
/// - `Model`: fuse `Model` + `EdModel` + `CardGlue`, the fastest;
/// - `Verilator`: the emitted `capfuse_card`, built once per key set and
///   fuse parameters (cached on disk, keyed by the Verilog text);
/// - `Rtl`: `CardTop` stepped in rust-hdl, slow (short runs only).
pub fn new_card_engine(kind: EngineKind, p: &CardParams) -> Result<Box<dyn Engine>> {
    p.validate().map_err(anyhow::Error::msg)?;
    Ok(match kind {
        EngineKind::Model => Box::new(model::CardModel::new(p).map_err(anyhow::Error::msg)?),
        EngineKind::Verilator => Box::new(verilator::CardVerilator::new(p)?),
        EngineKind::Rtl => Box::new(rtl::CardRtl::new(p)?),
    })
}

/// The card's Verilog for `p` (generated once per process for each fuse
/// parameter set and authority key set; the straps are ports).
pub fn card_verilog(p: &CardParams) -> Result<std::sync::Arc<String>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    type Key = (FuseParams, Vec<[u8; 32]>, u8);
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<String>>>> = OnceLock::new();
    let key = (p.fuse, p.authority_keys.clone(), p.threshold);
    let mut map = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(v) = map.get(&key) {
        return Ok(v.clone());
    }
    let v = Arc::new(capfuse_hdl::generate_card_verilog(
        p.fuse,
        &p.authority_keys,
        p.threshold,
    )?);
    map.insert(key, v.clone());
    Ok(v)
}

/// A signature a grant carries for one authority slot.
pub type SlotSig = (u8, [u8; SIGNATURE_LEN]);

/// What the card said about a grant: the driver's outcome, since the
/// host runs the driver's protocol.
pub use capfuse_driver::GrantOutcome;

/// How often the host polls `CRYPTO_STATUS` while the card is busy.
pub use crate::sim_bar::POLL_CYCLES;

/// Wall-clock helper for the tests' speed reports.
pub fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn card_params_validate_the_key_set() {
        let p = CardParams::example();
        assert_eq!(p.validate(), Ok(()));
        assert_eq!(p.authority_keys.len(), 3);
        assert_ne!(p.authority_digest(), [0; 32]);
        let bad = [
            CardParams {
                authority_keys: vec![],
                ..p.clone()
            },
            CardParams {
                authority_keys: vec![[1; 32]; 9],
                ..p.clone()
            },
            CardParams {
                threshold: 0,
                ..p.clone()
            },
            CardParams {
                threshold: 4,
                ..p.clone()
            },
        ];
        for b in bad {
            assert!(b.validate().is_err(), "{b:?}");
            assert!(new_card_engine(EngineKind::Model, &b).is_err());
        }
    }
}
