// Runs in: the content script's world (imported by reader.js). The reader's markup, parsed once per
// reader into its shadow root. Static and ours: no page or article text is ever put into it here.
// data-i18n* attributes are filled from _locales by i18n.js.

export const READER_MARKUP = `
  <header class="reader-bar" id="reader-bar">
    <button type="button" class="reader-skip" id="reader-skip" data-i18n="skipToArticle">Skip to the article</button>
    <div class="reader-toolbar" id="reader-toolbar" role="toolbar" data-i18n-aria-label="toolbarLabel" aria-label="Reader settings and actions" aria-orientation="horizontal">
      <button type="button" class="tool tool-icon" id="reader-close" data-i18n-title="closeHint" title="Close reader view (Esc)" data-i18n-aria-label="closeReader" aria-label="Close reader view">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M6 6l12 12M18 6L6 18"/></svg>
      </button>
      <button type="button" class="tool tool-icon" id="reader-speak" aria-pressed="false" aria-keyshortcuts="P" data-i18n-title="speakHint" title="Read aloud (P)" data-i18n-aria-label="speak" aria-label="Read aloud">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M4 9v6h4l5 4V5L8 9zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11"/></svg>
      </button>

      <!-- Before the panel it opens: Tab goes from "More" into the panel on a narrow screen. -->
      <button type="button" class="tool tool-icon tool-more" id="reader-more" aria-expanded="false" aria-controls="reader-more-menu" data-i18n-title="moreTools" title="More settings and actions" data-i18n-aria-label="moreTools" aria-label="More settings and actions">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M5 12h.01M12 12h.01M19 12h.01" stroke-width="3.2"/></svg>
      </button>

      <div class="tool-overflow" id="reader-more-menu">
      <span class="tool-sep" aria-hidden="true"></span>

      <div class="tool-group tool-themes" role="group" data-i18n-aria-label="theme" aria-label="Theme">
        <button type="button" class="tool tool-swatch" data-theme-choice="light" aria-pressed="false" data-i18n-title="themeLight" title="Light" data-i18n-aria-label="themeLight" aria-label="Light"><span class="swatch swatch-light" aria-hidden="true">Aa</span></button>
        <button type="button" class="tool tool-swatch" data-theme-choice="sepia" aria-pressed="false" data-i18n-title="themeSepia" title="Sepia" data-i18n-aria-label="themeSepia" aria-label="Sepia"><span class="swatch swatch-sepia" aria-hidden="true">Aa</span></button>
        <button type="button" class="tool tool-swatch" data-theme-choice="dark" aria-pressed="false" data-i18n-title="themeDark" title="Dark" data-i18n-aria-label="themeDark" aria-label="Dark"><span class="swatch swatch-dark" aria-hidden="true">Aa</span></button>
        <button type="button" class="tool tool-swatch" data-theme-choice="auto" aria-pressed="false" data-i18n-title="themeAutoHint" title="Auto (follows the system)" data-i18n-aria-label="themeAuto" aria-label="Auto"><span class="swatch swatch-auto" aria-hidden="true"></span></button>
      </div>

      <span class="tool-sep" aria-hidden="true"></span>

      <label class="tool-select">
        <span class="visually-hidden" data-i18n="font">Font</span>
        <select id="reader-font" class="tool">
          <option value="serif" data-i18n="fontSerif">Serif</option>
          <option value="sans" data-i18n="fontSans">Sans-serif</option>
          <option value="dyslexic" data-i18n="fontDyslexic">Dyslexia-friendly</option>
        </select>
      </label>

      <div class="tool-group tool-stepper" role="group" data-i18n-aria-label="fontSize" aria-label="Text size">
        <button type="button" class="tool tool-icon" data-step="fontSize" data-direction="-1" data-i18n-aria-label="fontSizeDecrease" aria-label="Smaller text" data-i18n-title="fontSizeDecrease" title="Smaller text"><span class="glyph glyph-small" aria-hidden="true">A</span></button>
        <output class="tool-value" id="reader-font-size-value" data-setting-value="fontSize" aria-hidden="true">20</output>
        <button type="button" class="tool tool-icon" data-step="fontSize" data-direction="1" data-i18n-aria-label="fontSizeIncrease" aria-label="Larger text" data-i18n-title="fontSizeIncrease" title="Larger text"><span class="glyph glyph-large" aria-hidden="true">A</span></button>
      </div>

      <div class="tool-group tool-stepper" role="group" data-i18n-aria-label="lineHeight" aria-label="Line spacing">
        <button type="button" class="tool tool-icon" data-step="lineHeight" data-direction="-1" data-i18n-aria-label="lineHeightDecrease" aria-label="Tighter lines" data-i18n-title="lineHeightDecrease" title="Tighter lines">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M5 9h14M5 12h14M5 15h14"/></svg>
        </button>
        <output class="tool-value" id="reader-line-height-value" data-setting-value="lineHeight" aria-hidden="true">1.6</output>
        <button type="button" class="tool tool-icon" data-step="lineHeight" data-direction="1" data-i18n-aria-label="lineHeightIncrease" aria-label="Looser lines" data-i18n-title="lineHeightIncrease" title="Looser lines">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M5 5h14M5 12h14M5 19h14"/></svg>
        </button>
      </div>

      <div class="tool-group tool-stepper" role="group" data-i18n-aria-label="width" aria-label="Content width">
        <button type="button" class="tool tool-icon" data-step="width" data-direction="-1" data-i18n-aria-label="widthDecrease" aria-label="Narrower column" data-i18n-title="widthDecrease" title="Narrower column">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M3 12h6M6 9l3 3-3 3M21 12h-6M18 9l-3 3 3 3M12 5v14"/></svg>
        </button>
        <output class="tool-value" id="reader-width-value" data-setting-value="width" aria-hidden="true">68</output>
        <button type="button" class="tool tool-icon" data-step="width" data-direction="1" data-i18n-aria-label="widthIncrease" aria-label="Wider column" data-i18n-title="widthIncrease" title="Wider column">
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M9 12H3M6 9l-3 3 3 3M15 12h6M18 9l3 3-3 3M12 5v14"/></svg>
        </button>
      </div>

      <span class="tool-spacer" aria-hidden="true"></span>

      <button type="button" class="tool tool-icon" id="reader-always" hidden aria-pressed="false" data-i18n-title="alwaysOpenHint" title="Always open this site in reader view" data-i18n-aria-label="alwaysOpen" aria-label="Always open this site in reader view">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M4 5h11v14H4zM7 9h5M7 12h5M7 15h3M17 8l2 2 3-4"/></svg>
      </button>
      <button type="button" class="tool tool-icon" id="reader-take-out" hidden aria-pressed="false" data-closes-menu data-i18n-title="takeOutHintShort" title="Take out blocks of this article (remembered for the site)" data-i18n-aria-label="takeOut" aria-label="Take out blocks">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><circle cx="6" cy="6" r="2.6"/><circle cx="6" cy="18" r="2.6"/><path d="M8.2 7.6L20 18M8.2 16.4L20 6"/></svg>
      </button>
      <button type="button" class="tool tool-icon" id="reader-print" data-i18n-title="print" title="Print" data-i18n-aria-label="print" aria-label="Print">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z"/></svg>
      </button>
      <button type="button" class="tool tool-icon" id="reader-copy-markdown" data-i18n-title="copyMarkdown" title="Copy as Markdown" data-i18n-aria-label="copyMarkdown" aria-label="Copy as Markdown">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M3 6h18v12H3zM6 15V9l2.5 3L11 9v6M15 9v6M13 13l2 2 2-2"/></svg>
      </button>
      <button type="button" class="tool tool-icon" id="reader-save-html" data-i18n-title="saveHtml" title="Save as HTML file" data-i18n-aria-label="saveHtml" aria-label="Save as HTML file">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M12 4v11M7 10l5 5 5-5M5 20h14"/></svg>
      </button>
      <a class="tool tool-icon" id="reader-original-icon" href="about:blank" rel="noreferrer" data-i18n-title="originalPage" title="Original page" data-i18n-aria-label="originalPage" aria-label="Original page">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6"/></svg>
      </a>
      </div>

    </div>
    <div class="reader-speech" id="reader-speech" role="group" data-i18n-aria-label="speak" aria-label="Read aloud" hidden>
      <button type="button" class="tool tool-icon" id="reader-speech-pause" aria-keyshortcuts="P" data-i18n-title="speechPauseHint" title="Pause (P)" data-i18n-aria-label="speechPause" aria-label="Pause">
        <svg class="icon-pause" aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M8 5v14M16 5v14"/></svg>
        <svg class="icon-play" aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M7 5l12 7-12 7z"/></svg>
      </button>
      <button type="button" class="tool tool-icon" id="reader-speech-stop" aria-keyshortcuts="X" data-i18n-title="speechStopHint" title="Stop reading (X)" data-i18n-aria-label="speechStop" aria-label="Stop reading">
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M6 6h12v12H6z"/></svg>
      </button>
      <label class="tool-select">
        <span class="visually-hidden" data-i18n="speechRate">Reading speed</span>
        <select id="reader-speech-rate" class="tool" aria-keyshortcuts="[ ]">
          <option value="0.75">0.75×</option>
          <option value="1">1×</option>
          <option value="1.25">1.25×</option>
          <option value="1.5">1.5×</option>
          <option value="2">2×</option>
        </select>
      </label>
      <label class="tool-select tool-voice">
        <span class="visually-hidden" data-i18n="speechVoice">Voice</span>
        <select id="reader-speech-voice" class="tool"></select>
      </label>
      <p class="reader-speech-status" id="reader-speech-status" role="status" aria-live="polite"></p>
    </div>
    <div class="reader-taking" id="reader-taking" role="group" data-i18n-aria-label="takeOut" aria-label="Take out blocks" hidden>
      <p class="reader-take-out-hint" id="reader-take-out-hint" data-i18n="takeOutHint">Click a block, or move to it with Tab and press Enter or Delete, to take it out.</p>
      <button type="button" class="tool reader-take-out-done" id="reader-take-out-done" aria-describedby="reader-take-out-hint" data-i18n="takeOutStop">Done taking out</button>
    </div>
    <p class="reader-toast" id="reader-toast" role="status" aria-live="polite"></p>
    <div class="reader-progress" aria-hidden="true"><span></span></div>
  </header>

  <main id="declutter-reader" tabindex="-1">

    <header class="reader-header" id="reader-header" hidden>
      <p class="reader-site" id="reader-site"></p>
      <h1 id="reader-title"></h1>
      <p class="reader-meta">
        <span class="reader-byline" id="reader-byline"></span>
        <time class="reader-date" id="reader-date"></time>
        <span class="reader-time" id="reader-time"></span>
      </p>
      <p class="reader-source"><a id="reader-original" href="about:blank" rel="noreferrer"></a></p>
    </header>

    <section class="reader-notice" id="reader-not-article" hidden data-i18n-aria-label="noticeLabel" aria-label="Notice">
      <p data-i18n="notReaderable">This page may not be an article; showing what was found.</p>
    </section>

    <section class="reader-notice" id="reader-duplicate-banner" hidden data-i18n-aria-label="duplicateLabel" aria-label="Repeated text">
      <p class="reader-notice-title" data-i18n="duplicateBanner">This page repeats its article text — shown once</p>
      <details>
        <summary data-i18n="details">Details</summary>
        <p id="reader-duplicate-summary"></p>
        <ol id="reader-duplicate-list"></ol>
      </details>
    </section>

    <article id="reader-content"></article>

    <section class="reader-print-links" id="reader-print-links" hidden>
      <p class="reader-print-links-title" data-i18n="printLinks">Links</p>
      <ol></ol>
    </section>

    <footer class="reader-footer" id="reader-footer" hidden>
      <button type="button" class="reader-removed-toggle" id="reader-removed" aria-expanded="false" aria-controls="reader-removed-list"></button>
      <div id="reader-removed-list" hidden>
        <p class="reader-removed-intro" id="reader-removed-intro" data-i18n="removedIntro">Left out of this view. If something here belongs to the article, open the original page.</p>
        <ul></ul>
      </div>
      <p class="reader-corrections-status" id="reader-corrections-status" role="status" aria-live="polite"></p>
    </footer>
  </main>
`;
