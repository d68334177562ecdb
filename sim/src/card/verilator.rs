//! The emitted `capfuse_card` compiled by Verilator and loaded as a shared
//! library, through the fuse core's build cache
//! ([`crate::engines::verilator`]). The cache key includes the Verilog text,
//! so each authority key set (built into the bitstream) gets its own build.
//!
//! The seed and boot epoch are straps: set once when the engine is made.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use anyhow::{bail, Context, Result};
use libloading::Library;

use crate::engine::{Engine, EngineKind, PinsIn, PinsOut};
use crate::engines::verilator::{cached_library, BuildSpec};

const SPEC: BuildSpec = BuildSpec {
    harness: include_str!("card_harness.cpp"),
    top: capfuse_hdl::CARD_MODULE,
    what: "the card top",
    train: None,
};

/// Inputs of one cycle, laid out as `CIn` in the harness.
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CIn {
    wdata: u32,
    work_units: u16,
    awaddr: u16,
    araddr: u16,
    wstrb: u8,
    flags: u8,
}

impl From<&PinsIn> for CIn {
    fn from(p: &PinsIn) -> CIn {
        CIn {
            wdata: p.wdata,
            work_units: p.work_units,
            awaddr: p.awaddr,
            araddr: p.araddr,
            wstrb: p.wstrb,
            flags: p.kill as u8
                | (p.awvalid as u8) << 1
                | (p.wvalid as u8) << 2
                | (p.bready as u8) << 3
                | (p.arvalid as u8) << 4
                | (p.rready as u8) << 5,
        }
    }
}

/// Outputs, laid out as `COut` in the harness.
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct COut {
    rdata: u32,
    bresp: u8,
    rresp: u8,
    flags: u8,
    pad: u8,
}

impl From<COut> for PinsOut {
    fn from(c: COut) -> PinsOut {
        PinsOut {
            accel_clk_en: c.flags & 1 != 0,
            irq: c.flags & 2 != 0,
            awready: c.flags & 4 != 0,
            wready: c.flags & 8 != 0,
            bvalid: c.flags & 16 != 0,
            bresp: c.bresp,
            arready: c.flags & 32 != 0,
            rvalid: c.flags & 64 != 0,
            rdata: c.rdata,
            rresp: c.rresp,
            ..PinsOut::default()
        }
    }
}

type Handle = *mut std::ffi::c_void;
type AbiFn = unsafe extern "C" fn() -> u32;
type FastEdgeFn = unsafe extern "C" fn(Handle) -> u32;
type CreateFn = unsafe extern "C" fn() -> Handle;
type DestroyFn = unsafe extern "C" fn(Handle);
type StrapsFn = unsafe extern "C" fn(Handle, *const u32, u64);
type OutputsFn = unsafe extern "C" fn(Handle, *mut COut);
type StepFn = unsafe extern "C" fn(Handle, *const CIn, *mut COut);
type RepeatFn = unsafe extern "C" fn(Handle, *const CIn, u64, *mut COut);

/// A loaded card library; the function pointers live as long as `_lib`.
struct CardLib {
    create: CreateFn,
    destroy: DestroyFn,
    straps: StrapsFn,
    outputs: OutputsFn,
    step: StepFn,
    repeat: RepeatFn,
    fast_edge: FastEdgeFn,
    path: PathBuf,
    _lib: Library,
}

impl CardLib {
    fn load(path: &Path) -> Result<CardLib> {
        // SAFETY: the library was built by `cached_library` from the harness
        // above; its initialisers only set up Verilator's runtime.
        let lib = unsafe { Library::new(path) }
            .with_context(|| format!("loading Verilator model {}", path.display()))?;
        // SAFETY: the symbol types match the extern "C" declarations in the
        // harness, which is part of the cache key.
        unsafe {
            let abi: AbiFn = *lib.get::<AbiFn>(b"card_vl_abi\0")?;
            let want =
                ((std::mem::size_of::<CIn>() as u32) << 8) | std::mem::size_of::<COut>() as u32;
            if abi() != want {
                bail!("{} has a different harness ABI; delete it", path.display());
            }
            Ok(CardLib {
                create: *lib.get(b"card_vl_create\0")?,
                destroy: *lib.get(b"card_vl_destroy\0")?,
                straps: *lib.get(b"card_vl_set_straps\0")?,
                outputs: *lib.get(b"card_vl_outputs\0")?,
                step: *lib.get(b"card_vl_step\0")?,
                repeat: *lib.get(b"card_vl_repeat\0")?,
                fast_edge: *lib.get(b"card_vl_fast_edge\0")?,
                path: path.to_path_buf(),
                _lib: lib,
            })
        }
    }
}

/// Loads the model of `verilog`, building it if no cached build exists.
fn library(verilog: &str) -> Result<Arc<CardLib>> {
    static LOADED: OnceLock<Mutex<HashMap<String, Arc<CardLib>>>> = OnceLock::new();
    let mut map = LOADED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let (key, path) = cached_library(&SPEC, verilog)?;
    if let Some(lib) = map.get(&key) {
        return Ok(lib.clone());
    }
    let lib = Arc::new(CardLib::load(&path)?);
    map.insert(key, lib.clone());
    Ok(lib)
}

/// The card as Verilator simulates its emitted Verilog.
pub struct CardVerilator {
    lib: Arc<CardLib>,
    handle: Handle,
    out: PinsOut,
}

// SAFETY: the handle owns one Verilated model and its own VerilatedContext
// and is only touched through `&mut self` (or in `new`/`drop`), so moving
// the engine to another thread is sound.
unsafe impl Send for CardVerilator {}

impl CardVerilator {
    /// Builds (or reuses) the model of the card for `p` and powers it up.
    pub fn new(p: &super::CardParams) -> Result<Self> {
        p.validate().map_err(anyhow::Error::msg)?;
        Self::from_verilog(&super::card_verilog(p)?, p.seed, p.boot_epoch)
    }

    /// Builds (or reuses) the model of `verilog` (top module `capfuse_card`)
    /// and powers it up with `seed` and `boot_epoch` on the strap ports.
    pub fn from_verilog(verilog: &str, seed: [u8; 32], boot_epoch: u64) -> Result<Self> {
        let lib = library(verilog)?;
        // SAFETY: `create` returns a fresh model owned by this engine.
        let handle = unsafe { (lib.create)() };
        if handle.is_null() {
            bail!(
                "the Verilator model in {} failed to start",
                lib.path.display()
            );
        }
        let words: [u32; 8] =
            std::array::from_fn(|i| u32::from_le_bytes(seed[4 * i..4 * i + 4].try_into().unwrap()));
        let mut c = COut::default();
        // SAFETY: `handle` is live; `words` has the 8 words the harness
        // reads; `c` is a valid out-parameter.
        unsafe {
            (lib.straps)(handle, words.as_ptr(), boot_epoch);
            (lib.outputs)(handle, &mut c);
        }
        Ok(CardVerilator {
            lib,
            handle,
            out: c.into(),
        })
    }

    /// Path of the shared library this engine runs.
    pub fn library_path(&self) -> &Path {
        &self.lib.path
    }

    /// Whether the harness steps a cycle with one `eval` (see the fuse
    /// core's engine).
    pub fn one_eval_per_cycle(&mut self) -> bool {
        // SAFETY: the handle is live.
        unsafe { (self.lib.fast_edge)(self.handle) != 0 }
    }

    /// Steps `cycles` cycles driving the same `inputs` every cycle, in one
    /// FFI call.
    pub fn repeat(&mut self, inputs: &PinsIn, cycles: u64) {
        let cin = CIn::from(inputs);
        let mut last = COut::default();
        // SAFETY: pointers are valid for the call; the handle is live.
        unsafe { (self.lib.repeat)(self.handle, &cin, cycles, &mut last) };
        if cycles > 0 {
            self.out = last.into();
        }
    }
}

impl Drop for CardVerilator {
    fn drop(&mut self) {
        // SAFETY: the handle came from `create` and is destroyed once.
        unsafe { (self.lib.destroy)(self.handle) };
    }
}

impl Engine for CardVerilator {
    fn kind(&self) -> EngineKind {
        EngineKind::Verilator
    }

    fn outputs(&self) -> PinsOut {
        self.out
    }

    fn step(&mut self, inputs: &PinsIn) {
        let cin = CIn::from(inputs);
        let mut c = COut::default();
        // SAFETY: pointers are valid for the call; the handle is live.
        unsafe { (self.lib.step)(self.handle, &cin, &mut c) };
        self.out = c.into();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_round_trip_through_the_c_layout() {
        assert_eq!(std::mem::size_of::<CIn>(), 12);
        assert_eq!(std::mem::size_of::<COut>(), 8);
        let o: PinsOut = COut {
            rdata: 9,
            bresp: 2,
            rresp: 2,
            flags: 0b011_0010,
            pad: 0,
        }
        .into();
        assert!(o.irq && o.bvalid && o.arready && !o.accel_clk_en && !o.rvalid);
        assert_eq!((o.rdata, o.bresp, o.rresp), (9, 2, 2));
    }
}
