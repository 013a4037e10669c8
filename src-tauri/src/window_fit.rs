//! The window fits the screen it opens on: the first time it is sized to
//! the monitor's work area (a 1366×768 or 1280×720 laptop has no room for
//! the configured 1200×820), and a size remembered from an earlier run
//! (tauri-plugin-window-state) is shrunk the same way when the screen is
//! smaller now. Nothing of the window, the status bar included, is ever
//! off-screen.

use tauri::{Manager, PhysicalPosition, PhysicalSize, Runtime, Window, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// The largest inner size that keeps the whole window (its frame too)
/// inside `area`, or `None` when it fits already.
fn fitted(
    inner: PhysicalSize<u32>,
    outer: PhysicalSize<u32>,
    area: PhysicalSize<u32>,
) -> Option<PhysicalSize<u32>> {
    // Before the window is mapped (GTK) its outer size reads 0×0.
    let outer = if outer.width < inner.width || outer.height < inner.height {
        inner
    } else {
        outer
    };
    let frame_w = outer.width.saturating_sub(inner.width);
    let frame_h = outer.height.saturating_sub(inner.height);
    if outer.width <= area.width && outer.height <= area.height {
        return None;
    }
    Some(PhysicalSize::new(
        inner.width.min(area.width.saturating_sub(frame_w)),
        inner.height.min(area.height.saturating_sub(frame_h)),
    ))
}

/// Called once the page has loaded: by then the window is mapped, its size
/// (restored or configured) reads true, and its frame is known.
pub fn fit_to_screen<R: Runtime>(window: &Window<R>) {
    let monitor = match window.current_monitor() {
        Ok(Some(m)) => m,
        _ => match window.primary_monitor() {
            Ok(Some(m)) => m,
            _ => {
                tracing::warn!("no monitor found: the window keeps its size");
                return;
            }
        },
    };
    let area = monitor.work_area();
    let (Ok(inner), Ok(outer)) = (window.inner_size(), window.outer_size()) else {
        return;
    };
    if let Some(size) = fitted(inner, outer, area.size) {
        tracing::info!(
            width = size.width,
            height = size.height,
            "window sized to the screen's work area"
        );
        let _ = window.set_size(size);
        let _ = window.set_position(PhysicalPosition::new(area.position.x, area.position.y));
    }
}

/// Keeps the remembered size and position current as the person moves or
/// resizes the window, so a laptop switched off (or an app killed) without
/// closing the window still opens it where it was.
pub fn remember(window: &Window<impl Runtime>, event: &WindowEvent) {
    if matches!(event, WindowEvent::Resized(_) | WindowEvent::Moved(_)) {
        let flags = StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED;
        if let Err(e) = window.app_handle().save_window_state(flags) {
            tracing::warn!(error = %e, "the window's size could not be remembered");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_taller_than_the_screen_is_shrunk_frame_included() {
        let inner = PhysicalSize::new(1200, 820);
        let outer = PhysicalSize::new(1210, 850);
        let area = PhysicalSize::new(1280, 720);
        assert_eq!(
            fitted(inner, outer, area),
            Some(PhysicalSize::new(1200, 690))
        );
        assert_eq!(fitted(inner, outer, PhysicalSize::new(1366, 900)), None);
        // not mapped yet: no frame known
        assert_eq!(
            fitted(inner, PhysicalSize::new(0, 0), area),
            Some(PhysicalSize::new(1200, 720))
        );
    }
}
