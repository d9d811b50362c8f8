/* The translator's desk in every translated change form (translations/admin_mixins.py).
 *
 * modeltranslation draws a tab per language for each translated field. This script asks
 * the desk for the object's states (and those of its inlines) and then:
 * - names each tab in its own language with a state mark (a symbol and a word);
 * - shows, in each non-English tab, the English beside the field, and when the translation
 *   is outdated the difference since it was made (escaped by the server);
 * - lists the translation memory's suggestions, each put in the field only on "Use this";
 * - offers "Mark reviewed" to those allowed to;
 * - opens the tab a link names: #translate=<language>:<field>[:<pk>].
 * No inline script or style: it runs under the site's content security policy.
 */
(function () {
  "use strict";

  var editors = new Map(); // textarea -> rich text editor (django-prose-editor)
  document.addEventListener("prose-editor:ready", function (event) {
    if (event.detail && event.detail.textarea) editors.set(event.detail.textarea, event.detail.editor);
  });

  var page = window.location.pathname.match(/^(.*\/)([a-z_][a-z0-9_]*)\/([a-z_][a-z0-9_]*)\/([^/]+)\/change\/$/);
  if (!page) return;
  var deskUrl = page[1] + "translations/translationstate/desk/" + page[2] + "/" + page[3] + "/" + page[4] + "/";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function fieldOf(input) {
    var cls = Array.prototype.find.call(input.classList, function (c) {
      return c.indexOf("mt-field-") === 0;
    });
    if (!cls) return null;
    var bits = cls.substring("mt-field-".length).split("-");
    return { field: bits[0], lang: bits.slice(1).join("-").replace("_", "-") };
  }

  function describe(data, input) {
    var name = input.id.replace(/^id_/, "");
    var parts = name.split("-");
    if (parts.length < 3) return data.object;
    var prefix = parts.slice(0, -2).join("-");
    var pkInput = document.getElementById("id_" + prefix + "-" + parts[parts.length - 2] + "-id");
    var objects = data.inlines[prefix];
    return objects && pkInput ? objects[pkInput.value] : null;
  }

  function stateLabel(data, entry) {
    return el("span", { class: "desk-tab-state" }, [
      " ",
      el("span", { class: "desk-mark desk-mark--" + entry.state, "aria-hidden": "true", text: entry.mark }),
      " " + data.labels[entry.state],
    ]);
  }

  function setTab(data, input, lang, entry) {
    var tab = document.querySelector('a[href="#tab_' + input.id + '"]');
    if (!tab) return;
    tab.textContent = data.languages[lang] || lang;
    tab.setAttribute("lang", lang);
    tab.dataset.language = lang;
    if (entry) {
      tab.appendChild(stateLabel(data, entry));
      tab.dataset.state = entry.state;
    }
  }

  function putIn(input, text, whole) {
    var editor = editors.get(input);
    if (editor && editor.commands) {
      if (whole) editor.commands.setContent(text, true);
      else editor.commands.insertContentAt(editor.state.doc.content.size, "<p>" + escapeHtml(text) + "</p>");
    } else if (whole || !input.value) {
      input.value = text;
    } else {
      input.value = input.value + (input.tagName === "TEXTAREA" ? "\n" : " ") + text;
    }
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  function reviewButton(data, input, lang, entry, status) {
    if (!data.review_url || (entry.state !== "draft" && entry.state !== "outdated")) return null;
    var button = el("button", { type: "button", class: "button desk-review", text: data.labels.review });
    button.addEventListener("click", function () {
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      var body = new FormData();
      body.append("state", entry.id);
      fetch(data.review_url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { Accept: "application/json", "X-CSRFToken": token ? token.value : "" },
      })
        .then(function (response) {
          return response.json();
        })
        .then(function (result) {
          status.textContent = result.message;
          if (result.ok) {
            entry.state = "reviewed";
            entry.mark = "✓";
            setTab(data, input, lang, entry);
            button.remove();
          }
        });
    });
    return button;
  }

  function panel(data, input, lang, field, entry) {
    var id = "desk-" + input.id;
    var status = el("p", { class: "desk-status", role: "status", id: id + "-status" });
    var box = el("div", { class: "desk-panel desk-panel--" + entry.state, id: id, "data-state": entry.state }, [
      el("div", { class: "desk-state-line" }, [
        el("span", {}, [data.labels.state + ":", stateLabel(data, entry)]),
        reviewButton(data, input, lang, entry, status),
      ]),
      status,
      el("h4", { text: data.labels.english }),
      el("p", { class: "desk-english-text", lang: "en", dir: "ltr", text: field.english }),
    ]);
    if (entry.diff) {
      var diff = el("p", { class: "diff-text desk-diff", lang: "en", dir: "ltr" });
      diff.innerHTML = entry.diff; // made by the server with difflib, every word escaped
      box.appendChild(el("h4", { text: data.labels.changed }));
      box.appendChild(diff);
    }
    if (entry.suggestions && entry.suggestions.length) {
      var list = el("ul", { class: "desk-suggestions" });
      entry.suggestions.forEach(function (s) {
        var use = el("button", { type: "button", class: "button desk-use", text: data.labels.use });
        use.addEventListener("click", function () {
          putIn(input, s.target, s.whole_field);
          status.textContent = data.labels.used;
        });
        list.appendChild(
          el("li", { class: "desk-suggestion", "data-quality": s.quality }, [
            el("strong", {
              text: (s.exact ? data.labels.exact : data.labels.fuzzy) + " (" + s.quality + " %)" + (s.whole_field ? "" : ", " + data.labels.paragraph),
            }),
            el("span", { class: "desk-suggestion-target", lang: lang, text: s.target }),
            use,
          ])
        );
      });
      box.appendChild(el("h4", { text: data.labels.suggestions }));
      box.appendChild(list);
    }
    return box;
  }

  function apply(data) {
    var found = [];
    document.querySelectorAll(".mt").forEach(function (input) {
      if (input.id.indexOf("__prefix__") !== -1) return;
      var meta = fieldOf(input);
      if (!meta) return;
      var object = describe(data, input);
      var field = object && object.fields[meta.field];
      var entry = field && field.languages[meta.lang];
      setTab(data, input, meta.lang, entry);
      if (!entry) return;
      var tabPanel = document.getElementById("tab_" + input.id);
      if (tabPanel && !document.getElementById("desk-" + input.id)) {
        var box = panel(data, input, meta.lang, field, entry);
        // The English beside the field on wide screens (desk.css): the panel, then the field.
        // A wrapper of our own: jQuery UI shows and hides the tab panel with an inline display.
        var beside = el("div", { class: "desk-beside" });
        var own = document.createElement("div");
        while (tabPanel.firstChild) own.appendChild(tabPanel.firstChild);
        beside.appendChild(box);
        beside.appendChild(own);
        tabPanel.appendChild(beside);
      }
      found.push({ input: input, lang: meta.lang, field: meta.field, pk: object.pk, main: object === data.object });
    });
    openFromFragment(found);
  }

  function openFromFragment(found) {
    var match = window.location.hash.match(/^#translate=([a-z-]+):([a-z_0-9]+)(?::([^:]+))?$/);
    if (!match) return;
    var lang = match[1], name = match[2], pk = match[3];
    var target = found.find(function (f) {
      return f.lang === lang && f.field === name && (pk ? f.pk === pk : f.main);
    }) || found.find(function (f) {
      return f.lang === lang && f.field === name;
    });
    var $ = (window.django && window.django.jQuery) || window.jQuery;
    var select = document.getElementById("modeltranslation-main-switch");
    if (select && $) {
      var option = Array.prototype.find.call(select.options, function (o) {
        return o.textContent.trim() === lang;
      });
      if (option) $(select).val(option.value).trigger("change");
    }
    if (target) {
      var tab = document.querySelector('a[href="#tab_' + target.input.id + '"]');
      if (tab) tab.click();
      var box = document.getElementById("desk-" + target.input.id);
      (box || target.input).scrollIntoView({ block: "center" });
      var focusable = editors.get(target.input) ? null : target.input;
      if (focusable && focusable.type !== "hidden") focusable.focus({ preventScroll: true });
    }
  }

  function start() {
    if (!document.querySelector(".mt")) return;
    fetch(deskUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data) apply(data);
      });
  }

  // modeltranslation draws its tabs when the document is ready; ours come after them.
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
