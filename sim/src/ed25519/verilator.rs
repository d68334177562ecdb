//! The Ed25519 engine's emitted Verilog compiled by Verilator and loaded as
//! a shared library (built once and cached, like the fuse core's; see
//! `crate::engines::verilator`).

use super::{EdEngine, EdPinsIn, EdPinsOut};
use crate::engines::verilator::{cached_library, BuildSpec};
use crate::EngineKind;
use anyhow::{bail, Context, Result};
use libloading::Library;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

const SPEC: BuildSpec = BuildSpec {
    harness: include_str!("verilator_harness.cpp"),
    top: capfuse_hdl::ED25519_MODULE,
    what: "the Ed25519 engine",
    train: None,
};

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct EdIn {
    seed: [u32; 8],
    buf_wdata: u32,
    msg_len: u16,
    buf_waddr: u16,
    cmd_start: u8,
    cmd_op: u8,
    buf_we: u8,
    res_addr: u8,
}

impl From<&EdPinsIn> for EdIn {
    fn from(p: &EdPinsIn) -> EdIn {
        EdIn {
            seed: std::array::from_fn(|i| {
                u32::from_le_bytes(p.seed[4 * i..4 * i + 4].try_into().unwrap())
            }),
            buf_wdata: p.buf_wdata,
            msg_len: p.msg_len,
            buf_waddr: p.buf_waddr,
            cmd_start: p.cmd_start as u8,
            cmd_op: p.cmd_op,
            buf_we: p.buf_we as u8,
            res_addr: p.res_addr,
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct EdOut {
    res_data: u32,
    pc: u16,
    busy: u8,
    done: u8,
    status: u8,
    pad: [u8; 3],
}

impl From<EdOut> for EdPinsOut {
    fn from(c: EdOut) -> EdPinsOut {
        EdPinsOut {
            busy: c.busy != 0,
            done: c.done != 0,
            status: c.status,
            res_data: c.res_data,
            pc: c.pc,
        }
    }
}

type AbiFn = unsafe extern "C" fn() -> u32;
type CreateFn = unsafe extern "C" fn() -> *mut std::ffi::c_void;
type DestroyFn = unsafe extern "C" fn(*mut std::ffi::c_void);
type OutputsFn = unsafe extern "C" fn(*mut std::ffi::c_void, *mut EdOut);
type StepFn = unsafe extern "C" fn(*mut std::ffi::c_void, *const EdIn, *mut EdOut);
type RunFn = unsafe extern "C" fn(*mut std::ffi::c_void, *const EdIn, u64, *mut EdOut) -> u64;

struct EdLib {
    create: CreateFn,
    destroy: DestroyFn,
    outputs: OutputsFn,
    step: StepFn,
    run: RunFn,
    _lib: Library,
}

impl EdLib {
    fn load(path: &Path) -> Result<EdLib> {
        // SAFETY: the library was built by `cached_library` from the harness
        // above; its initialisers only set up Verilator's runtime.
        let lib = unsafe { Library::new(path) }
            .with_context(|| format!("loading Verilator model {}", path.display()))?;
        // SAFETY: the symbol types match the extern "C" declarations in the
        // harness, which is part of the cache key.
        unsafe {
            let abi: AbiFn = *lib.get::<AbiFn>(b"ed_vl_abi\0")?;
            let want =
                ((std::mem::size_of::<EdIn>() as u32) << 8) | std::mem::size_of::<EdOut>() as u32;
            if abi() != want {
                bail!("{} has a different harness ABI; delete it", path.display());
            }
            Ok(EdLib {
                create: *lib.get(b"ed_vl_create\0")?,
                destroy: *lib.get(b"ed_vl_destroy\0")?,
                outputs: *lib.get(b"ed_vl_outputs\0")?,
                step: *lib.get(b"ed_vl_step\0")?,
                run: *lib.get(b"ed_vl_run_until_done\0")?,
                _lib: lib,
            })
        }
    }
}

fn library() -> Result<Arc<EdLib>> {
    static LOADED: OnceLock<Mutex<HashMap<String, Arc<EdLib>>>> = OnceLock::new();
    let mut map = LOADED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let verilog = verilog();
    let (key, path) = cached_library(&SPEC, verilog)?;
    if let Some(lib) = map.get(&key) {
        return Ok(lib.clone());
    }
    let lib = Arc::new(EdLib::load(&path)?);
    map.insert(key, lib.clone());
    Ok(lib)
}

/// The engine's Verilog, generated once per process.
pub fn verilog() -> &'static str {
    static V: OnceLock<String> = OnceLock::new();
    V.get_or_init(capfuse_hdl::generate_ed25519_verilog)
}

/// The Verilator engine.
pub struct EdVerilator {
    lib: Arc<EdLib>,
    handle: *mut std::ffi::c_void,
    out: EdPinsOut,
}

// SAFETY: the handle owns one Verilated model and its own VerilatedContext
// and is only touched through `&mut self`, so moving it between threads is
// sound.
unsafe impl Send for EdVerilator {}

impl EdVerilator {
    /// Builds (or reuses) the model and creates an instance at power-up.
    pub fn new() -> Result<Self> {
        let lib = library()?;
        // SAFETY: `create` returns a fresh model owned by this engine.
        let handle = unsafe { (lib.create)() };
        if handle.is_null() {
            bail!("the Verilator model of the Ed25519 engine failed to start");
        }
        let mut c = EdOut::default();
        // SAFETY: `handle` is live; `c` is a valid out-parameter.
        unsafe { (lib.outputs)(handle, &mut c) };
        Ok(EdVerilator {
            lib,
            handle,
            out: c.into(),
        })
    }
}

impl Drop for EdVerilator {
    fn drop(&mut self) {
        // SAFETY: the handle came from `create` and is destroyed once.
        unsafe { (self.lib.destroy)(self.handle) };
    }
}

impl EdEngine for EdVerilator {
    fn kind(&self) -> EngineKind {
        EngineKind::Verilator
    }

    fn outputs(&self) -> EdPinsOut {
        self.out
    }

    fn step(&mut self, inputs: &EdPinsIn) {
        let cin = EdIn::from(inputs);
        let mut c = EdOut::default();
        // SAFETY: pointers are valid for the call; the handle is live.
        unsafe { (self.lib.step)(self.handle, &cin, &mut c) };
        self.out = c.into();
    }

    fn run_until_done(&mut self, inputs: &EdPinsIn, cycles: u64) -> u64 {
        let cin = EdIn::from(inputs);
        let mut c = EdOut::default();
        // SAFETY: pointers are valid for the call; the handle is live.
        let n = unsafe { (self.lib.run)(self.handle, &cin, cycles, &mut c) };
        self.out = c.into();
        n
    }
}
