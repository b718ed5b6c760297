package dev.plancompliance.rules.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The fixed parts of the HTML report: its style sheet, its filter script and the content security policy
 * that lets only these two run (by hash), so that the page fetches nothing and a string that escaped
 * escaping still could not run. Every rule that sets a background also sets its text colour; the pairs are
 * chosen for a contrast of at least 4.5:1 (checked by a test that reads this style sheet).
 */
final class HtmlPage {
  private HtmlPage() {}

  static final String STYLE = """
      :root{color-scheme:light}
      body{font:15px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;background:#ffffff;margin:0 auto;max-width:84rem;padding:1rem 1.5rem}
      h1{font-size:1.55rem;margin:.4rem 0}
      h2{font-size:1.3rem;border-bottom:2px solid #1d4f91;padding-bottom:.2rem;margin-top:2.2rem}
      h3{font-size:1.12rem;margin:1.8rem 0 .4rem}
      h4{font-size:1rem;margin:1rem 0 .3rem}
      a{color:#1d4f91}
      table{border-collapse:collapse;margin:.4rem 0 1rem}
      caption{text-align:left;font-weight:600;padding:.2rem 0}
      th,td{border:1px solid #8c8c8c;padding:.25rem .5rem;text-align:left;vertical-align:top}
      thead th{color:#1a1a1a;background:#e9edf2}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      .matrix td{text-align:center;min-width:2.4rem;font-variant-numeric:tabular-nums}
      .matrix .gt{display:block;font-weight:400;font-size:.8rem;max-width:9rem}
      .c0{color:#1a1a1a;background:#ffffff}
      .c1{color:#0b2545;background:#e3eefc}
      .c2{color:#0b2545;background:#c3dbf7}
      .c3{color:#0b2545;background:#9ec3ee}
      .c4{color:#0b2545;background:#76a7e3}
      .missing{color:#8a1c1c;background:#fde2e1;font-weight:700}
      .out{color:#4d4d4d;background:#eeeeee}
      .beyond{color:#5c3d00;background:#fff1cc}
      .tag{display:inline-block;font-size:.78rem;font-weight:400;color:#3d3d3d;background:#f0f0f0;border-radius:.2rem;padding:0 .3rem;margin-left:.3rem}
      .child th[scope=row]{padding-left:1.4rem}
      .ERROR,.v-NOT_COMPLIANT{color:#8a1c1c;background:#fde2e1}
      .WARNING,.v-INCONCLUSIVE{color:#5c3d00;background:#fff1cc}
      .INFO,.v-NOT_A_PLAN{color:#1d4f91;background:#e3eefc}
      .v-COMPLIANT{color:#1e5b2a;background:#dff3e3}
      .badge{font-weight:700;border-radius:.2rem;padding:0 .35rem;white-space:nowrap}
      .rulehead th{color:#1a1a1a;background:#f4f6f9;font-weight:600}
      .basis{font-weight:400;font-size:.88rem}
      .findings{width:100%}
      .findings td:first-child{white-space:nowrap}
      .where{font-size:.82rem;color:#4d4d4d;overflow-wrap:anywhere}
      blockquote{margin:0;padding:.25rem .5rem;border-left:3px solid #1d4f91;white-space:pre-wrap;font-family:"Noto Serif","Times New Roman",serif}
      .ln{color:#595959;font-family:ui-monospace,monospace;font-size:.78rem;user-select:none}
      .title{font-style:italic}
      details{margin:.4rem 0}
      summary{cursor:pointer}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}
      dl.facts dt{font-weight:600}
      dl.facts dd{margin:0;overflow-wrap:anywhere}
      #filters{position:sticky;top:0;color:#1a1a1a;background:#f4f6f9;border:1px solid #8c8c8c;padding:.4rem .7rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;align-items:center;z-index:1}
      #filters[hidden]{display:none}
      #filters fieldset{border:0;margin:0;padding:0}
      #filters legend{float:left;margin-right:.4rem;font-weight:600}
      .shown{font-size:.88rem}
      @media print{
      @page{size:A4;margin:14mm}
      body{max-width:none;padding:0;font-size:9.5pt}
      #filters,.skip{display:none}
      thead{display:table-header-group}
      tr{break-inside:avoid}
      h2,h3,h4{break-after:avoid}
      a{color:#1a1a1a;text-decoration:none}
      details::details-content{content-visibility:visible;display:block}
      }
      """;

  /** Shows the filters (hidden without script) and applies them: severity, rule and plan. */
  static final String SCRIPT = """
      (function () {
        var form = document.getElementById('filters');
        if (!form) { return; }
        form.hidden = false;
        function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
        function apply() {
          var severities = {};
          all('#filters input[name=severity]').forEach(function (c) { severities[c.value] = c.checked; });
          var rule = form.elements.rule.value, plan = form.elements.plan.value, shown = 0;
          all('tr[data-severity]').forEach(function (row) {
            row.hidden = !(severities[row.dataset.severity] && (rule === '' || row.dataset.rule === rule) && (plan === '' || row.dataset.plan === plan));
            if (!row.hidden) { shown++; }
          });
          all('tbody[data-rule]').forEach(function (body) { body.hidden = !body.querySelector('tr[data-severity]:not([hidden])'); });
          all('[data-block]').forEach(function (block) { block.hidden = !block.querySelector('tr[data-severity]:not([hidden])'); });
          all('[data-plan-section]').forEach(function (s) { s.hidden = plan !== '' && s.dataset.planSection !== plan; });
          all('tr[data-row-plan]').forEach(function (r) { r.hidden = plan !== '' && r.dataset.rowPlan !== plan; });
          document.getElementById('shown').textContent = String(shown);
        }
        form.addEventListener('change', apply);
        form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
        apply();
      })();
      """;

  /** Nothing but this style sheet and this script may load or run. */
  static final String POLICY = "default-src 'none'; style-src '" + hash(STYLE) + "'; script-src '" + hash(SCRIPT) + "'; img-src data:; form-action 'none'; base-uri 'none'";

  private static String hash(String text) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
