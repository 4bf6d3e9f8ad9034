//! What a journey does with a page: navigate, press keys (WebDriver key actions, as a person
//! types), read what is on screen, audit a page with axe-core and at 320 px wide, and save
//! screenshots.

use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use serde_json::{Value, json};

use crate::harness::{service_url, target_dir};

/// A browser session for one journey (cheap to clone: it is a handle).
#[derive(Clone)]
pub struct Browser {
    pub client: Client,
    /// The journey's name, for screenshot file names.
    journey: String,
    /// What the audits found so far; the journey fails on them at its end.
    problems: Arc<Mutex<Vec<String>>>,
}

/// What has the keyboard focus.
#[derive(Debug, Clone)]
pub struct Focus {
    pub tag: String,
    pub kind: String,
    pub name: String,
    pub text: String,
}

impl Browser {
    pub fn new(client: Client, journey: &str) -> Self {
        Browser { client, journey: journey.to_string(), problems: Arc::default() }
    }

    /// The problems the audits found in this journey.
    pub fn problems(&self) -> Vec<String> {
        self.problems.lock().map(|p| p.clone()).unwrap_or_default()
    }

    /// Opens a URL and waits for the page to load.
    pub async fn goto(&self, url: &str) -> anyhow::Result<()> {
        self.client.goto(url).await.with_context(|| format!("opening {url}"))
    }

    /// Runs a script in the page (WebDriver's scripts run even where the page's own cannot).
    pub async fn js(&self, script: &str, args: Vec<Value>) -> anyhow::Result<Value> {
        let start: String = script.chars().take(80).collect();
        self.client.execute(script, args).await.with_context(|| format!("running the script {start}…"))
    }

    /// Presses each key in turn (down, then up).
    pub async fn press(&self, keys: &[Key]) -> anyhow::Result<()> {
        let mut actions = KeyActions::new("keyboard".into());
        for key in keys {
            let value = char::from(*key);
            actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
        }
        self.client.perform_actions(actions).await.context("pressing keys")
    }

    /// Types text on the keyboard into whatever has the focus.
    pub async fn type_text(&self, text: &str) -> anyhow::Result<()> {
        let mut actions = KeyActions::new("keyboard".into());
        for value in text.chars() {
            actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
        }
        self.client.perform_actions(actions).await.context("typing")
    }

    /// The element with the keyboard focus.
    pub async fn focus(&self) -> anyhow::Result<Focus> {
        let v = self
            .js(
                "const e = document.activeElement || document.body;
                 return { tag: e.tagName.toLowerCase(), kind: e.type || '', name: e.name || '',
                          text: (e.textContent || '').trim().slice(0, 60) };",
                vec![],
            )
            .await?;
        let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
        Ok(Focus { tag: s("tag"), kind: s("kind"), name: s("name"), text: s("text") })
    }

    /// Presses Tab until `wanted` holds for the focused element (at most 40 times).
    pub async fn tab_to(&self, what: &str, wanted: impl Fn(&Focus) -> bool) -> anyhow::Result<Focus> {
        let mut passed = Vec::new();
        for _ in 0..40 {
            self.press(&[Key::Tab]).await?;
            let focus = self.focus().await?;
            if wanted(&focus) {
                return Ok(focus);
            }
            passed.push(format!("{} {} {}", focus.tag, focus.name, focus.text));
        }
        bail!("Tab never reached {what}; it went through: {passed:?}")
    }

    /// The value of the checked radio button of group `name`, if any.
    pub async fn checked(&self, name: &str) -> anyhow::Result<Option<String>> {
        let v = self
            .js(
                "const e = document.querySelector(`input[name=\"${arguments[0]}\"]:checked`);
                 return e ? e.value : null;",
                vec![json!(name)],
            )
            .await?;
        Ok(v.as_str().map(str::to_string))
    }

    /// Marks the page shown now, so [`Browser::wait_for_heading`] waits for the next one.
    pub async fn mark_page(&self) -> anyhow::Result<()> {
        self.js("document.documentElement.dataset.oldPage = '1';", vec![]).await.map(drop)
    }

    /// The text of the page's first `<h1>`; empty on a page marked by [`Browser::mark_page`].
    pub async fn heading(&self) -> anyhow::Result<String> {
        let v = self
            .js(
                "if (document.documentElement.dataset.oldPage) return '';
                 const h = document.querySelector('h1'); return h ? h.textContent : '';",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().trim().to_string())
    }

    /// Waits (up to 10 s) until a page whose `<h1>` contains `text` is shown (not one marked
    /// by [`Browser::mark_page`]: after a form is sent, the next page may have the same address).
    pub async fn wait_for_heading(&self, text: &str) -> anyhow::Result<()> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let heading = self.heading().await.unwrap_or_default();
            if heading.contains(text) {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("the page's heading is {heading:?}, not one with {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The visible text of the page.
    pub async fn body_text(&self) -> anyhow::Result<String> {
        let v = self.js("return document.body.innerText;", vec![]).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Clicks the element at a CSS selector.
    pub async fn click(&self, css: &str) -> anyhow::Result<()> {
        let element = self.client.find(Locator::Css(css)).await.with_context(|| format!("finding {css}"))?;
        element.click().await.with_context(|| format!("clicking {css}"))
    }

    /// How many elements match a CSS selector.
    pub async fn count(&self, css: &str) -> anyhow::Result<usize> {
        Ok(self.client.find_all(Locator::Css(css)).await?.len())
    }

    /// Saves a screenshot of the page at `width` px, from the top down to the bottom of the
    /// last element matching `until` (a CSS selector), or of the whole page (at most 4000 px tall); the
    /// window then goes back to its size.
    pub async fn save_page_png(&self, path: &Path, width: u32, until: Option<&str>) -> anyhow::Result<()> {
        let (old_w, old_h) = self.client.get_window_size().await?;
        self.client.set_window_size(width, 800).await?;
        let height = self
            .js(
                "window.scrollTo(0, 0);
                 const all = arguments[0] ? document.querySelectorAll(arguments[0]) : [];
                 const e = all[all.length - 1];
                 return Math.ceil(e ? e.getBoundingClientRect().bottom + 16 : document.documentElement.scrollHeight);",
                vec![json!(until)],
            )
            .await?;
        let height = (height.as_u64().unwrap_or(800) as u32).clamp(400, 4000);
        // The window's height includes what the browser draws above the page.
        let inner = self.js("return window.outerHeight - window.innerHeight;", vec![]).await?;
        let chrome = inner.as_u64().unwrap_or(0) as u32;
        self.client.set_window_size(width, height + chrome).await?;
        self.js("window.scrollTo(0, 0);", vec![]).await?;
        let png = self.client.screenshot().await?;
        std::fs::create_dir_all(path.parent().context("a folder")?)?;
        std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))?;
        self.client.set_window_size(old_w as u32, old_h as u32).await?;
        Ok(())
    }

    /// Audits the page as it is now: axe-core finds no serious or critical violation (all found
    /// are printed), and at 320 px wide nothing scrolls sideways. A problem does not stop the
    /// journey, so one run reports every page: it is kept, with a screenshot of the page as
    /// found (`target/browser-failures/<journey>--<page>.png`), and fails the journey at its end.
    pub async fn audit(&self, page: &str) -> anyhow::Result<()> {
        let (w, h) = self.client.get_window_size().await?;
        let mut found = Vec::new();
        if let Err(e) = self.axe(page).await {
            found.push(format!("{e:#}"));
        }
        if let Err(e) = self.narrow(page).await {
            found.push(format!("{e:#}"));
        }
        if found.is_empty() {
            return Ok(());
        }
        let shot =
            target_dir().join("browser-failures").join(format!("{}--{}.png", self.journey, file_name(page)));
        std::fs::create_dir_all(shot.parent().context("a folder")?)?;
        std::fs::write(&shot, self.client.screenshot().await?)?;
        self.client.set_window_size(w as u32, h as u32).await?;
        let message = format!("{}\n  (screenshot: {})", found.join("\n"), shot.display());
        eprintln!("{message}");
        self.problems.lock().map_err(|_| anyhow::anyhow!("problems lock"))?.push(message);
        Ok(())
    }

    /// Runs axe-core in the page: its violations, or `None` (after a SKIP line) without axe.
    pub async fn axe_violations(&self, page: &str) -> anyhow::Result<Option<Vec<Value>>> {
        let Some(source) = axe_source() else { return Ok(None) };
        let loaded = self.js("return typeof window.axe === 'object';", vec![]).await?;
        if loaded != json!(true) {
            self.js(source, vec![]).await.context("injecting axe-core")?;
        }
        let violations = self
            .js(
                "return axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v => ({
                   id: v.id, impact: v.impact, help: v.help,
                   nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.slice(0, 160),
                                              summary: n.failureSummary })) })));",
                vec![],
            )
            .await
            .context("running axe-core")?;
        record(page, &violations);
        Ok(Some(violations.as_array().context("axe's violations")?.clone()))
    }

    /// Runs axe-core in the page, prints every violation, and fails on serious or critical ones.
    pub async fn axe(&self, page: &str) -> anyhow::Result<()> {
        let Some(list) = self.axe_violations(page).await? else { return Ok(()) };
        let mut blocking = Vec::new();
        for v in &list {
            let impact = v["impact"].as_str().unwrap_or("none");
            let nodes = v["nodes"].as_array().map(Vec::as_slice).unwrap_or_default();
            let targets: Vec<&str> = nodes.iter().filter_map(|n| n["target"].as_str()).take(5).collect();
            let line = format!(
                "axe [{page}] {} ({impact}): {} — {} node(s): {}",
                v["id"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or(""),
                nodes.len(),
                targets.join(", ")
            );
            eprintln!("{line}");
            if matches!(impact, "serious" | "critical") {
                let detail: Vec<String> = nodes
                    .iter()
                    .take(3)
                    .map(|n| format!("    {}\n      {}", n["html"], n["summary"].as_str().unwrap_or("")))
                    .collect();
                blocking.push(format!("{line}\n{}", detail.join("\n")));
            }
        }
        if list.is_empty() {
            eprintln!("axe [{page}]: no violations");
        }
        ensure!(blocking.is_empty(), "serious or critical accessibility problems:\n{}", blocking.join("\n"));
        Ok(())
    }

    /// At 320 px wide, the page is no wider than the window (no sideways scrolling); the
    /// window goes back to its size afterwards (unless the check fails).
    pub async fn narrow(&self, page: &str) -> anyhow::Result<()> {
        let (w, h) = self.client.get_window_size().await?;
        self.client.set_window_size(320, h as u32).await?;
        let v = self
            .js(
                "const vw = window.innerWidth;
                 const wide = [...document.querySelectorAll('body *')]
                   .filter(e => e.getBoundingClientRect().right > vw + 0.5)
                   .slice(0, 8)
                   .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                        (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
                        ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')');
                 const root = document.documentElement;
                 return { inner: vw, client: root.clientWidth, scroll: root.scrollWidth, wide };",
                vec![],
            )
            .await?;
        ensure!(v["client"] == json!(320), "[{page}] the page did not become 320 px wide: {v}");
        let scroll = v["scroll"].as_u64().unwrap_or(u64::MAX);
        // On failure the window stays narrow, so the journey's screenshot shows the problem.
        ensure!(scroll <= 320, "[{page}] at 320 px the page is {scroll} px wide; too wide: {}", v["wide"]);
        self.client.set_window_size(w as u32, h as u32).await?;
        Ok(())
    }
}

/// axe.min.js, read once; `None` (with a SKIP line) when CANDOR_TEST_AXE_JS is not set.
fn axe_source() -> Option<&'static str> {
    static SOURCE: OnceLock<Option<String>> = OnceLock::new();
    SOURCE
        .get_or_init(|| {
            let path = service_url("CANDOR_TEST_AXE_JS")?;
            Some(
                std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("cannot read axe-core at {path}: {e}")),
            )
        })
        .as_deref()
}

/// Keeps axe's findings for a page in `target/browser-axe/<page>.json`.
fn record(page: &str, violations: &Value) {
    let dir = target_dir().join("browser-axe");
    let _ = std::fs::create_dir_all(&dir);
    let body = serde_json::to_string_pretty(violations).unwrap_or_default();
    let _ = std::fs::write(dir.join(format!("{}.json", file_name(page))), body);
}

/// A page's name as a file name: "team page (12 months)" -> "team-page--12-months-".
fn file_name(page: &str) -> String {
    page.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect()
}
