// Live re-check on the edit page: POST the text to /trial/<id>/check as the editor
// types, then redraw the findings, the highlighted preview and the record marks.
// Everything from the server is inserted with textContent, never as HTML.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var form = document.getElementById("edit-form");
  if (!form) return;
  var textarea = document.getElementById("edit-text");
  var status = document.getElementById("check-status");
  var url = form.getAttribute("data-check-url");
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var token = tokenMeta ? tokenMeta.getAttribute("content") : "";
  var timer = null;
  var sequence = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function setCounts(errors, warnings) {
    status.replaceChildren(
      el("span", "pill sev-error" + (errors ? "" : " zero"), plural(errors, "error")),
      document.createTextNode(" "),
      el("span", "pill sev-warning" + (warnings ? "" : " zero"), plural(warnings, "warning"))
    );
    status.classList.remove("pending");
  }

  function setMessage(text) {
    status.replaceChildren(el("span", "hint", text));
  }

  function renderLines(lines, findings) {
    var box = document.getElementById("summary");
    var fresh = el("div", "summary-text");
    fresh.id = "summary";
    lines.forEach(function (line) {
      var row = el("div", "line line-" + line.kind);
      line.segments.forEach(function (seg) {
        seg.starts.forEach(function (i) {
          var anchor = el("span", "anchor");
          anchor.id = "mark-" + i;
          row.appendChild(anchor);
        });
        if (seg.findings.length) {
          var mark = el("mark", "finding sev-" + seg.severity, seg.text);
          mark.setAttribute("data-findings", seg.findings.join(" "));
          row.appendChild(mark);
        } else {
          row.appendChild(document.createTextNode(seg.text));
        }
        seg.ends.forEach(function (i) {
          var ref = el("a", "ref sev-" + findings[i].severity, i + 1);
          ref.href = "#finding-" + i;
          row.appendChild(ref);
        });
      });
      fresh.appendChild(row);
    });
    box.replaceWith(fresh);
  }

  function renderFindings(findings) {
    var list = document.getElementById("findings");
    list.replaceChildren();
    findings.forEach(function (f, i) {
      var item = el("li", "finding-item sev-" + f.severity);
      item.id = "finding-" + i;
      item.appendChild(el("span", "num sev-" + f.severity, i + 1));
      var body = el("div", "finding-body");
      var head = el("div", "finding-head");
      head.appendChild(el("span", "badge sev-" + f.severity, f.severity));
      head.appendChild(el("code", null, f.code));
      body.appendChild(head);
      body.appendChild(el("p", "finding-message", f.message));
      var links = el("p", "finding-links");
      if (f.span) {
        var inText = el("a", null, "In the summary: \u201c" + f.excerpt + "\u201d");
        inText.href = "#mark-" + i;
        links.appendChild(inText);
      } else {
        links.appendChild(el("span", null, "The whole summary"));
      }
      if (f.field_anchor) {
        var inRecord = el("a", null, "Record: " + f.field_label);
        inRecord.href = "#" + f.field_anchor;
        links.appendChild(inRecord);
      }
      body.appendChild(links);
      item.appendChild(body);
      list.appendChild(item);
    });
    document.getElementById("no-findings").classList.toggle("hidden", findings.length > 0);
  }

  function renderRecord(findings) {
    document.querySelectorAll("#record .field").forEach(function (field) {
      field.classList.remove("contradicted");
      var refs = field.querySelector(".refs");
      if (refs) refs.replaceChildren();
    });
    findings.forEach(function (f, i) {
      if (!f.field_anchor) return;
      var field = document.getElementById(f.field_anchor);
      if (!field) return;
      field.classList.add("contradicted");
      var ref = el("a", "ref sev-error", i + 1);
      ref.href = "#finding-" + i;
      var refs = field.querySelector(".refs");
      if (refs) refs.appendChild(ref);
    });
  }

  function renderReadability(figures) {
    document.querySelectorAll("#readability dd[data-key]").forEach(function (dd) {
      var key = dd.getAttribute("data-key");
      var value = figures[key];
      dd.textContent = value === undefined || value === null ? "\u2013" : String(value);
      var limit = key === "flesch_kincaid_grade" ? 8 : key === "longest_sentence_words" ? 25 : null;
      if (limit !== null) dd.className = typeof value === "number" && value > limit ? "over" : "ok";
    });
  }

  function renderStructure(problem) {
    var box = document.getElementById("structure-error");
    box.textContent = problem || "";
    box.classList.toggle("hidden", !problem);
  }

  function render(data) {
    var errors = data.findings.filter(function (f) { return f.severity === "error"; }).length;
    renderFindings(data.findings);
    renderLines(data.lines, data.findings);
    renderRecord(data.findings);
    renderReadability(data.readability || {});
    renderStructure(data.structure_error);
    setCounts(errors, data.findings.length - errors);
  }

  function check() {
    var mine = ++sequence;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/json",
        "Accept": "application/json",
        "X-CSRF-Token": token
      },
      body: JSON.stringify({ text: textarea.value })
    }).then(function (response) {
      if (mine !== sequence) return null;
      if (response.status === 401) {
        setMessage("Your session ended. Save your text elsewhere and sign in again.");
        return null;
      }
      if (!response.ok) {
        setMessage("The check failed (HTTP " + response.status + "). Use Save to check on the server.");
        return null;
      }
      return response.json();
    }).then(function (data) {
      if (data && mine === sequence) render(data);
    }).catch(function () {
      if (mine === sequence) setMessage("The check could not reach the server.");
    });
  }

  textarea.addEventListener("input", function () {
    status.classList.add("pending");
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 300);
  });
})();
