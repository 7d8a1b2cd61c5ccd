// Rich-text editing for HtmlField and HtmlBodyPart. Without this script the editor is the plain textarea of HTML;
// with it, a toolbar and an editable area (contenteditable) write their HTML into that textarea, which the form posts.
// The server sanitizes whatever is posted; this script only keeps scripts and event handlers out of the editable area.
(function () {
  "use strict";

  // Each accessible name starts with the button's visible text (WCAG 2.5.3, label in name).
  var BUTTONS = [
    { id: "bold", label: "Gras", text: "G", run: function () { exec("bold"); } },
    { id: "italic", label: "Italique", text: "I", run: function () { exec("italic"); } },
    { id: "h2", label: "T2 : titre de niveau 2", text: "T2", run: function () { exec("formatBlock", "<h2>"); } },
    { id: "h3", label: "T3 : titre de niveau 3", text: "T3", run: function () { exec("formatBlock", "<h3>"); } },
    { id: "p", label: "Paragraphe", text: "¶", run: function () { exec("formatBlock", "<p>"); } },
    { id: "ul", label: "Liste à puces", text: "• Liste", run: function () { exec("insertUnorderedList"); } },
    { id: "ol", label: "1. Liste numérotée", text: "1. Liste", run: function () { exec("insertOrderedList"); } },
    { id: "link", label: "Ajouter un lien", text: "Lien", run: addLink },
    { id: "unlink", label: "Sans lien : retirer le lien", text: "Sans lien", run: function () { exec("unlink"); } },
  ];

  var REMOVED_TAGS = "script, style, iframe, object, embed, form, input, button, select, textarea, link, meta, base";

  function exec(command, value) {
    document.execCommand(command, false, value === undefined ? null : value);
  }

  function addLink() {
    var url = window.prompt("Adresse du lien (https://…, mailto:… ou /chemin-du-site) :", "https://");
    if (!url) return;
    url = url.trim();
    if (!/^(https?:\/\/|mailto:|tel:|\/)/i.test(url)) {
      window.alert("Cette adresse n'est pas acceptée : elle doit commencer par https://, http://, mailto:, tel: ou /.");
      return;
    }
    exec("createLink", url);
  }

  // HTML for the editable area: parsed inertly (no script runs), then without scripts, frames, forms, event handlers,
  // styles and javascript: links.
  function clean(html) {
    var doc = new DOMParser().parseFromString("<!DOCTYPE html><body>" + html, "text/html");
    doc.body.querySelectorAll(REMOVED_TAGS).forEach(function (node) { node.remove(); });
    doc.body.querySelectorAll("*").forEach(function (node) {
      Array.prototype.slice.call(node.attributes).forEach(function (attribute) {
        var name = attribute.name.toLowerCase();
        if (name.indexOf("on") === 0 || name === "style" || name === "contenteditable"
          || ((name === "href" || name === "src") && /^\s*(javascript|data|vbscript):/i.test(attribute.value))) {
          node.removeAttribute(attribute.name);
        }
      });
    });
    return doc.body;
  }

  function fill(area, html) {
    var body = clean(html);
    area.textContent = "";
    while (body.firstChild) area.appendChild(document.adoptNode(body.firstChild));
  }

  function enhance(textarea) {
    if (textarea.hasAttribute("data-html-editor-ready")) return;
    textarea.setAttribute("data-html-editor-ready", "");
    var label = textarea.getAttribute("data-html-editor") || "Texte";
    var labelElement = document.querySelector('label[for="' + textarea.id + '"]');

    var toolbar = document.createElement("div");
    toolbar.className = "fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm admin-html-editor__toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Mise en forme : " + label);

    var area = document.createElement("div");
    area.id = textarea.id + "-riche";
    area.className = "fr-input admin-html-editor__area";
    area.contentEditable = "true";
    area.setAttribute("role", "textbox");
    area.setAttribute("aria-multiline", "true");
    if (labelElement) {
      if (!labelElement.id) labelElement.id = textarea.id + "-libelle";
      area.setAttribute("aria-labelledby", labelElement.id);
    } else {
      area.setAttribute("aria-label", label);
    }
    area.style.minHeight = "12rem";
    area.style.overflowY = "auto";
    toolbar.setAttribute("aria-controls", area.id);
    fill(area, textarea.value);

    function sync() {
      textarea.value = area.innerHTML.trim() === "<br>" ? "" : area.innerHTML;
    }
    area.addEventListener("input", sync);

    var richButtons = [];
    BUTTONS.forEach(function (definition) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "fr-btn fr-btn--tertiary fr-btn--sm";
      button.textContent = definition.text;
      button.title = definition.label;
      button.setAttribute("aria-label", definition.label);
      button.setAttribute("data-html-command", definition.id);
      button.addEventListener("mousedown", function (event) { event.preventDefault(); });
      button.addEventListener("click", function () {
        area.focus();
        definition.run();
        sync();
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
      });
      toolbar.appendChild(button);
      richButtons.push(button);
    });

    var source = document.createElement("button");
    source.type = "button";
    source.className = "fr-btn fr-btn--secondary fr-btn--sm";
    source.textContent = "Code HTML";
    source.setAttribute("aria-pressed", "false");
    source.setAttribute("data-html-command", "source");
    source.addEventListener("click", function () {
      var showSource = source.getAttribute("aria-pressed") !== "true";
      if (showSource) sync(); else fill(area, textarea.value);
      source.setAttribute("aria-pressed", showSource ? "true" : "false");
      textarea.hidden = !showSource;
      area.hidden = showSource;
      richButtons.forEach(function (button) { button.disabled = showSource; });
      (showSource ? textarea : area).focus();
    });
    toolbar.appendChild(source);

    textarea.hidden = true;
    textarea.parentNode.insertBefore(toolbar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
    var form = textarea.form;
    if (form) form.addEventListener("submit", function () { if (!area.hidden) sync(); });
  }

  function start() {
    document.execCommand("defaultParagraphSeparator", false, "p");
    document.querySelectorAll("textarea[data-html-editor]").forEach(enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
