//! A small file system of its own (a tmpfs mounted with `size=`), to see
//! what the product does when the disk fills up. Mounting needs root; where
//! it is impossible `SmallDisk::mount` says so and returns `None`, and the
//! test that wanted it reports itself skipped.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

const FILLER: &str = "filler.bin";

pub struct SmallDisk {
    dir: PathBuf,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size` (e.g. "3m") on a new empty folder.
    pub fn mount(size: &str) -> Option<SmallDisk> {
        let dir = std::env::temp_dir().join(format!(
            "small-disk-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).ok()?;
        let mounted = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(&dir)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !mounted {
            let _ = std::fs::remove_dir(&dir);
            eprintln!("skipped: a tmpfs cannot be mounted here (it needs root)");
            return None;
        }
        Some(SmallDisk { dir })
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes a filler file until the file system says it is full.
    pub fn fill(&self) {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.join(FILLER))
            .expect("the filler file");
        let block = vec![0u8; 4096];
        loop {
            if f.write_all(&block).and_then(|_| f.sync_all()).is_err() {
                break;
            }
        }
        // the last bytes too, so not even one page is left
        while f.write(&[0u8]).map(|n| n > 0).unwrap_or(false) {}
    }

    /// Deletes the filler file: the space is free again.
    pub fn free(&self) {
        let _ = std::fs::remove_file(self.dir.join(FILLER));
    }
}

static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // lazily, in case a store on it is still open
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
        let _ = std::fs::remove_dir(&self.dir);
    }
}
