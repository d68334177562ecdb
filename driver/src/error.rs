//! The driver's one error type.
//!
//! Every variant says which device (PCI address or the simulated card) and,
//! where it applies, which register, region or config offset; the OS error
//! is kept as the `#[source]`. Messages end with what to do about it.

use std::path::PathBuf;

/// Everything that can go wrong talking to a fuse.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A register offset outside the BAR or not 32-bit aligned.
    #[error("register offset {offset:#x} is outside the {size}-byte BAR or unaligned")]
    BadOffset {
        /// The offending offset.
        offset: u16,
        /// BAR size in bytes.
        size: u32,
    },

    /// The simulated card could not be built.
    #[error("cannot start the simulated card: {reason}")]
    Simulator {
        /// What the simulator said.
        reason: String,
    },

    /// A register access got no answer in time (a simulated card's bus, a
    /// board's serial link).
    #[error("{device} did not answer a register access")]
    NoResponse {
        /// The device.
        device: String,
        /// What the transport saw.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// A serial port that did not open.
    #[error("cannot open {device}: {reason}")]
    SerialOpen {
        /// The port and line rate.
        device: String,
        /// Why, in words an operator can act on.
        reason: String,
    },

    /// The connection to the card's transport (a simulated card's socket,
    /// a board's serial port) failed or it answered something unexpected.
    #[error("{device} is not answering")]
    Transport {
        /// The card (e.g. its socket path).
        device: String,
        /// The I/O error, or what was wrong with the answer.
        #[source]
        source: std::io::Error,
    },

    /// The `ID` register does not read "CFUS": not a capfuse card, or the
    /// BAR is not mapped where expected.
    #[error(
        "{device}: ID register reads {found:#010x}, expected {expected:#010x} (\"CFUS\"); \
         is this a capfuse bitstream?"
    )]
    NotAFuse {
        /// The device.
        device: String,
        /// What was read.
        found: u32,
        /// What a capfuse card reads.
        expected: u32,
    },

    /// A limit value outside the register's valid range.
    #[error("{limit} = {value} is out of range: valid values are {min}..={max}")]
    InvalidLimitValue {
        /// The limit.
        limit: &'static str,
        /// The value asked for.
        value: u128,
        /// Smallest valid value.
        min: u128,
        /// Largest valid value.
        max: u128,
    },

    /// A tighten request that would loosen the limit: nothing was written.
    #[error(
        "{limit}: {requested} would loosen the limit (in force: {current}; stricter is {direction}); \
         loosening needs a signed grant, nothing was written"
    )]
    LooserNeedsGrant {
        /// The limit.
        limit: &'static str,
        /// Value in force.
        current: u128,
        /// Value asked for.
        requested: u128,
        /// "lower" or "higher".
        direction: &'static str,
    },

    /// The card refused a write (seen through `ERR_CODE`/`REFUSED_WRITES`,
    /// since PCIe writes are posted).
    #[error(
        "{device}: write to {register} was refused by the card ({reasons}; \
         REFUSED_WRITES {refused_before} -> {refused_after})"
    )]
    WriteRefused {
        /// The device.
        device: String,
        /// The register written.
        register: &'static str,
        /// `ERR_CODE` bits, as names.
        reasons: String,
        /// `REFUSED_WRITES` before the write.
        refused_before: u32,
        /// `REFUSED_WRITES` after the write.
        refused_after: u32,
    },

    /// Another client made the limit stricter than the value asked for
    /// while it was being written (before our write, so the card refused
    /// it, or after it, before the read-back): the stricter value is in
    /// force, which is what the fuse promises.
    #[error(
        "{device}: {limit} {requested} was superseded: another client set the stricter \
         {current} meanwhile, which is in force"
    )]
    Superseded {
        /// The device.
        device: String,
        /// The limit.
        limit: &'static str,
        /// Value asked for.
        requested: u128,
        /// The stricter value read back.
        current: u128,
    },

    /// A write was accepted but reading back shows a different value.
    #[error("{device}: {register} reads {found} after writing {expected}")]
    NotApplied {
        /// The device.
        device: String,
        /// The register (or wide value) written.
        register: &'static str,
        /// What was written.
        expected: u128,
        /// What reads back.
        found: u128,
    },

    /// Not a PCI address such as `0000:03:00.0`.
    #[error(
        "`{text}` is not a PCI address: expected DOMAIN:BUS:DEVICE.FUNCTION such as 0000:03:00.0"
    )]
    BadPciAddress {
        /// What was given.
        text: String,
    },

    /// No PCI device at that address.
    #[error("{address}: no such PCI device under {}", sysfs.display())]
    DeviceNotFound {
        /// PCI address.
        address: String,
        /// The sysfs directory looked in.
        sysfs: PathBuf,
    },

    /// The device exists but has other vendor/device IDs.
    #[error(
        "{address}: PCI ID is {vendor:04x}:{device:04x}, not capfuse's {expected_vendor:04x}:{expected_device:04x}"
    )]
    WrongDeviceId {
        /// PCI address.
        address: String,
        /// Vendor ID found.
        vendor: u16,
        /// Device ID found.
        device: u16,
        /// Vendor ID expected.
        expected_vendor: u16,
        /// Device ID expected.
        expected_device: u16,
    },

    /// The device is not bound to vfio-pci.
    #[error(
        "{address}: bound to {}, not vfio-pci",
        driver.as_deref().map_or("no driver".to_string(), |d| format!("driver `{d}`"))
    )]
    NotBoundToVfio {
        /// PCI address.
        address: String,
        /// The driver it is bound to, if any.
        driver: Option<String>,
    },

    /// The device has no IOMMU group.
    #[error("{address}: no IOMMU group (the kernel runs without an IOMMU for it)")]
    NoIommuGroup {
        /// PCI address.
        address: String,
    },

    /// Another device of the IOMMU group is bound to a host driver.
    #[error(
        "{address}: IOMMU group {group} is not viable: another device in it is bound to a host driver"
    )]
    GroupNotViable {
        /// PCI address.
        address: String,
        /// The group number.
        group: u32,
    },

    /// No permission to open a VFIO file.
    #[error("{address}: permission denied opening {}", path.display())]
    PermissionDenied {
        /// PCI address.
        address: String,
        /// The file.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// `/dev/vfio/vfio` cannot be opened.
    #[error("{address}: cannot open /dev/vfio/vfio")]
    VfioUnavailable {
        /// PCI address.
        address: String,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// A sysfs file could not be read.
    #[error("cannot read {}", path.display())]
    Sysfs {
        /// The file.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// A VFIO call failed.
    #[cfg(all(feature = "vfio", target_os = "linux"))]
    #[error("{address}: {context}")]
    Vfio {
        /// PCI address.
        address: String,
        /// What was being done.
        context: &'static str,
        /// The VFIO error.
        #[source]
        source: vfio_ioctls::VfioError,
    },

    /// The register BAR is smaller than the register map.
    #[error(
        "{address}: region {region} is {size} bytes, the register map needs at least {needed}"
    )]
    BarTooSmall {
        /// PCI address.
        address: String,
        /// VFIO region index.
        region: u32,
        /// Its size.
        size: u64,
        /// Bytes needed.
        needed: u64,
    },

    /// The BAR region cannot be memory-mapped.
    #[error("{address}: region {region} cannot be memory-mapped (VFIO region flags {flags:#x})")]
    RegionNotMappable {
        /// PCI address.
        address: String,
        /// VFIO region index.
        region: u32,
        /// VFIO region flags.
        flags: u32,
    },

    /// mmap of a region failed.
    #[error("{address}: cannot mmap region {region}")]
    Mmap {
        /// PCI address.
        address: String,
        /// VFIO region index.
        region: u32,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// A config-space access failed.
    #[error("{address}: config space access at {offset:#x} failed")]
    ConfigAccess {
        /// PCI address.
        address: String,
        /// Offset in config space.
        offset: u16,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// Interrupt setup or wait failed.
    #[error("{address}: interrupt {context} failed")]
    Interrupt {
        /// PCI address.
        address: String,
        /// What was being done.
        context: &'static str,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },

    /// The device offers neither MSI nor MSI-X through VFIO.
    #[error("{address}: device has no MSI or MSI-X vector; cannot wait for interrupts")]
    NoInterrupt {
        /// PCI address.
        address: String,
    },

    /// The card's crypto block did not finish in time.
    #[error(
        "{device}: the crypto block is still busy after {waited_ms} ms ({what}); \
         the card may be deriving its key at power-up or signing a threshold report"
    )]
    CryptoTimeout {
        /// The device.
        device: String,
        /// What was being waited for.
        what: &'static str,
        /// How long.
        waited_ms: u64,
    },

    /// The card has no crypto block (a fuse-core-only bitstream).
    #[error(
        "{device} has no attestation block (CRYPTO_STATUS reads 0 and no key is ever ready); \
         it runs a bitstream without the card top"
    )]
    NoCryptoBlock {
        /// The device.
        device: String,
    },

    /// The card was decommissioned by a grant: no key, no reports.
    #[error(
        "{device} is decommissioned: its device key is cleared until the bitstream is reloaded"
    )]
    Decommissioned {
        /// The device.
        device: String,
    },

    /// The card refused a crypto command (busy, no key yet, decommissioned).
    #[error("{device}: the card refused the {command} command (CRYPTO_STATUS {status:#x})")]
    CryptoRefused {
        /// The device.
        device: String,
        /// "attest" or "apply grant".
        command: &'static str,
        /// `CRYPTO_STATUS` after the refusal.
        status: u32,
    },

    /// The report registers do not hold the report just asked for (another
    /// report, e.g. one the threshold triggered, replaced it).
    #[error("{device}: the card's report is not the one asked for ({problem})")]
    ReportReplaced {
        /// The device.
        device: String,
        /// What differs.
        problem: String,
    },
}

/// Result with the driver's error.
pub type Result<T> = std::result::Result<T, Error>;

/// An error's message followed by its sources, `: `-separated (for tests).
#[cfg(test)]
pub(crate) fn chain(e: &Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(&format!(": {s}"));
        src = s.source();
    }
    msg
}
