// Back office enhancements. Every form works without this script; it adds live previews, path suggestions and
// search in the content pickers.
(function () {
  "use strict";

  function token() {
    var input = document.querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : "";
  }

  function debounce(fn, ms) {
    var timer;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  // Markdown: live preview rendered by the site's Markdown service, inside a shadow root: whatever the body holds
  // stays out of the edit form (no field of its own is submitted with it, none of its ids is found by the page).
  function previewRoot(element) {
    if (element.shadowRoot) return element.shadowRoot;
    if (!element.attachShadow) return element;
    var root = element.attachShadow({ mode: "open" });
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) { root.appendChild(link.cloneNode()); });
    var content = document.createElement("div");
    content.setAttribute("data-preview-content", "");
    root.appendChild(content);
    return root;
  }
  function previewContent(element) {
    var root = previewRoot(element);
    return root.querySelector ? (root.querySelector("[data-preview-content]") || root) : root;
  }
  document.querySelectorAll("textarea[data-markdown-preview]").forEach(function (textarea) {
    var element = document.getElementById(textarea.getAttribute("data-markdown-preview"));
    if (!element) return;
    var target = previewContent(element);
    var render = function () {
      var body = new URLSearchParams();
      body.set("markdown", textarea.value);
      fetch("/admin/apercu-markdown", {
        method: "POST",
        headers: { "RequestVerificationToken": token(), "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        credentials: "same-origin"
      }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          target.innerHTML = html;
          document.dispatchEvent(new CustomEvent("admin:preview-rendered", { detail: { textarea: textarea } }));
        })
        .catch(function () { target.textContent = "Aperçu indisponible."; });
    };
    textarea.addEventListener("input", debounce(render, 400));
    if (textarea.value) render();
  });

  // AutoroutePart: the path suggested from the title, shown as the placeholder while the path is empty.
  function slug(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }
  var title = document.querySelector("input[data-slug-source]");
  var path = document.querySelector("input[data-slug-target]");
  if (title && path) {
    var prefix = path.getAttribute("data-slug-target") || "";
    var suggest = function () { path.placeholder = title.value ? prefix + slug(title.value) : ""; };
    title.addEventListener("input", suggest);
    suggest();
  }

  // Content pickers: search existing items and add them as checked boxes.
  document.querySelectorAll("[data-picker]").forEach(function (picker) {
    var input = picker.querySelector("input[data-picker-search]");
    var results = document.getElementById(input.getAttribute("data-picker-search"));
    var list = picker.querySelector("[data-picker-list]");
    var name = picker.getAttribute("data-picker-name");
    var multiple = picker.getAttribute("data-picker-multiple") === "true";
    var search = function () {
      var q = input.value.trim();
      results.innerHTML = "";
      if (q.length < 2) return;
      fetch("/admin/contenus/recherche?types=" + encodeURIComponent(picker.getAttribute("data-picker")) + "&q=" + encodeURIComponent(q),
        { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (items) {
          results.innerHTML = "";
          items.forEach(function (item) {
            if (list.querySelector('input[value="' + item.id + '"]')) return;
            var li = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.className = "fr-btn fr-btn--sm fr-btn--tertiary";
            button.textContent = "Ajouter « " + item.title + " »" + (item.published ? "" : " (brouillon)");
            button.addEventListener("click", function () {
              if (!multiple) list.innerHTML = "";
              var entry = document.createElement("li");
              var id = "pick-" + item.id;
              entry.innerHTML = '<div class="fr-checkbox-group fr-checkbox-group--sm"><input type="checkbox" checked></input><label class="fr-label"></label></div>';
              var box = entry.querySelector("input");
              box.name = name; box.value = item.id; box.id = id;
              var label = entry.querySelector("label");
              label.htmlFor = id; label.textContent = item.title;
              list.appendChild(entry);
              input.value = "";
              results.innerHTML = "";
            });
            li.appendChild(button);
            results.appendChild(li);
          });
        });
    };
    input.addEventListener("input", debounce(search, 250));
  });
  // Media fields: pick files in the library (a dialog listing /admin/medias?choisir=1, with upload), remove rows,
  // and number the « décorative » boxes by row position on submit (the server reads them as positions).
  var mediaDialog = null, mediaTarget = null;

  function mediaRowsOf(field) { return Array.prototype.slice.call(field.querySelectorAll("[data-media-row]")); }

  function addRemoveButton(row) {
    if (row.hasAttribute("data-media-add") || row.querySelector("[data-media-remove]")) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "fr-btn fr-btn--sm fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left";
    button.setAttribute("data-media-remove", "");
    button.textContent = "Retirer ce média";
    button.addEventListener("click", function () {
      row.querySelector("[data-media-path]").value = "";
      row.hidden = true;
    });
    row.querySelector(".admin-media-row__inputs").appendChild(button);
  }

  function pickInto(field, path, thumb) {
    var add = field.querySelector("[data-media-add]");
    if (field.getAttribute("data-media-multiple") !== "true") {
      mediaRowsOf(field).forEach(function (row) {
        if (row === add) return;
        row.querySelector("[data-media-path]").value = "";
        row.hidden = true;
      });
    }
    var row = add.cloneNode(true);
    row.removeAttribute("data-media-add");
    row.hidden = false;
    row.classList.remove("admin-media-row--add");
    var suffix = "-p" + Date.now() + Math.floor(Math.random() * 1000);
    row.querySelectorAll("[id]").forEach(function (el) { el.id += suffix; });
    row.querySelectorAll("label[for]").forEach(function (el) { el.htmlFor += suffix; });
    row.querySelector("[data-media-path]").value = path;
    var label = row.querySelector("label[for$='" + suffix + "']");
    if (label) label.textContent = "Média : chemin";
    var text = row.querySelector("[data-media-text]");
    if (text) text.value = "";
    var box = row.querySelector("[data-media-decorative]");
    if (box) box.checked = false;
    var preview = row.querySelector(".admin-media-row__preview");
    preview.innerHTML = "";
    if (thumb) {
      var img = document.createElement("img");
      img.src = thumb; img.alt = "";
      preview.appendChild(img);
    }
    add.parentNode.insertBefore(row, add);
    addRemoveButton(row);
    if (text) text.focus();
  }

  function openMediaDialog(url) {
    if (!mediaDialog) {
      mediaDialog = document.createElement("dialog");
      mediaDialog.className = "admin-media-dialog";
      mediaDialog.setAttribute("aria-labelledby", "media-dialog-title");
      mediaDialog.innerHTML = '<div class="admin-media-dialog__header"><h2 id="media-dialog-title">Médiathèque</h2>' +
        '<button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" data-media-close>Fermer</button></div>' +
        '<p class="fr-error-text" data-media-dialog-errors role="alert"></p><div data-media-dialog-body aria-live="polite"></div>';
      document.body.appendChild(mediaDialog);
      mediaDialog.querySelector("[data-media-close]").addEventListener("click", function () { mediaDialog.close(); });
      mediaDialog.addEventListener("click", function (event) {
        var nav = event.target.closest("a[data-media-nav]");
        if (nav) { event.preventDefault(); loadMediaList(nav.getAttribute("href")); return; }
        var pick = event.target.closest("[data-media-pick]");
        if (pick && mediaTarget) {
          pickInto(mediaTarget, pick.getAttribute("data-media-pick"), pick.getAttribute("data-media-thumb"));
          mediaDialog.close();
        }
      });
      mediaDialog.addEventListener("submit", function (event) {
        var form = event.target;
        event.preventDefault();
        if (form.hasAttribute("data-media-search")) {
          loadMediaList(form.getAttribute("action") + "?" + new URLSearchParams(new FormData(form)).toString());
        } else if (form.hasAttribute("data-media-upload")) {
          uploadFromDialog(form);
        }
      });
    }
    mediaDialog.querySelector("[data-media-dialog-errors]").textContent = "";
    loadMediaList(url);
    if (!mediaDialog.open) mediaDialog.showModal();
  }

  function loadMediaList(url) {
    var body = mediaDialog.querySelector("[data-media-dialog-body]");
    mediaDialog.setAttribute("data-media-url", url);
    fetch(url, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { body.innerHTML = html; })
      .catch(function () { body.textContent = "La médiathèque n'a pas pu être chargée."; });
  }

  function uploadFromDialog(form) {
    var errors = mediaDialog.querySelector("[data-media-dialog-errors]");
    var input = form.querySelector("input[type=file]");
    var max = parseInt(input.getAttribute("data-max-size") || "0", 10);
    var tooBig = Array.prototype.filter.call(input.files, function (f) { return max > 0 && f.size > max; });
    if (tooBig.length > 0) {
      errors.textContent = tooBig.map(function (f) { return "« " + f.name + " » dépasse la taille maximale."; }).join(" ");
      return;
    }
    errors.textContent = "Envoi en cours…";
    fetch(form.getAttribute("action"), {
      method: "POST", body: new FormData(form), credentials: "same-origin", headers: { "Accept": "application/json" }
    }).then(function (r) { return r.json(); })
      .then(function (result) {
        errors.textContent = (result.errors || []).join(" ");
        if (result.uploaded && result.uploaded.length === 1 && mediaTarget && (result.errors || []).length === 0) {
          pickInto(mediaTarget, result.uploaded[0].path, result.uploaded[0].thumbnail);
          mediaDialog.close();
          return;
        }
        loadMediaList(mediaDialog.getAttribute("data-media-url"));
      })
      .catch(function () { errors.textContent = "L'envoi a échoué."; });
  }

  document.querySelectorAll("[data-media-field]").forEach(function (field) {
    var actions = field.querySelector("[data-media-actions]");
    if (!actions || typeof HTMLDialogElement === "undefined") return;
    actions.hidden = false;
    mediaRowsOf(field).forEach(addRemoveButton);
    var add = field.querySelector("[data-media-add]");
    if (add) add.hidden = true;
    actions.querySelector("[data-media-open]").addEventListener("click", function (event) {
      mediaTarget = field;
      openMediaDialog(event.currentTarget.getAttribute("data-media-open"));
    });
  });

  document.querySelectorAll("form").forEach(function (form) {
    if (!form.querySelector("[data-media-field]")) return;
    form.addEventListener("submit", function () {
      form.querySelectorAll("[data-media-field]").forEach(function (field) {
        mediaRowsOf(field).forEach(function (row, index) {
          var box = row.querySelector("[data-media-decorative]");
          if (box) box.value = String(index);
        });
      });
    });
  });

  // A file above the upload limit is refused before it is sent (any file input carrying data-max-size).
  function tooBigFiles(input) {
    var max = parseInt(input.getAttribute("data-max-size") || "0", 10);
    return Array.prototype.filter.call(input.files || [], function (f) { return max > 0 && f.size > max; });
  }
  document.querySelectorAll("input[type=file][data-max-size]").forEach(function (input) {
    var message = document.createElement("p");
    message.className = "fr-error-text";
    message.id = input.id + "-size-error";
    message.hidden = true;
    input.insertAdjacentElement("afterend", message);
    input.addEventListener("change", function () {
      var big = tooBigFiles(input);
      var mb = Math.round(parseInt(input.getAttribute("data-max-size"), 10) / 1048576);
      message.textContent = big.map(function (f) {
        return "« " + f.name + " » pèse " + Math.round(f.size / 1048576) + " Mo : la limite est de " + mb + " Mo par fichier.";
      }).join(" ");
      message.hidden = big.length === 0;
      if (big.length > 0) input.setAttribute("aria-describedby", message.id); else input.removeAttribute("aria-describedby");
    });
    if (input.form) {
      input.form.addEventListener("submit", function (event) {
        if (tooBigFiles(input).length > 0) { event.preventDefault(); input.focus(); }
      });
    }
  });

  // After a refused save: the error summary gets the focus, so that it is read first.
  var summary = document.querySelector("[data-focus-on-load]");
  if (summary) { summary.focus(); summary.scrollIntoView({ block: "start" }); }

  var form = document.querySelector("form[data-unsaved-warning]");
  if (!form) return;

  // Unsaved changes: leaving the page asks first. A submit, or an automatic save that went through, clears them.
  var dirty = false;
  var submitting = false;
  function markDirty(event) {
    if (event && event.target && event.target.closest("[data-picker-search]")) return;
    dirty = true;
    scheduleAutosave();
  }
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty || submitting) return;
    event.preventDefault();
    event.returnValue = "";
  });

  // Autosave: a few seconds after the last keystroke, the form is saved as an automatic draft (kept out of the
  // history). The new version id is kept in the form, so that a later save is still checked for conflicts.
  var autosaveUrl = form.getAttribute("data-autosave");
  var statusLine = form.querySelector("[data-autosave-status]");
  var autosaveTimer = null, saving = false, stopped = false;
  function scheduleAutosave() {
    if (!autosaveUrl || stopped) return;
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(autosave, 3000);
  }
  function autosave() {
    if (!dirty || saving || submitting || stopped) return;
    saving = true;
    var data = new FormData(form);
    data.set("command", "autosave");
    data.delete("bag-action");
    form.querySelectorAll("[data-media-field]").forEach(function (field) {
      mediaRowsOf(field).forEach(function (row, index) {
        var box = row.querySelector("[data-media-decorative]");
        if (box) box.value = String(index);
      });
    });
    var changedDuringSave = false;
    var onChange = function () { changedDuringSave = true; };
    form.addEventListener("input", onChange);
    fetch(autosaveUrl, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "RequestVerificationToken": token(), "Accept": "application/json" }
    }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (result) {
        if (result.saved) {
          form.querySelector('input[name="VersionId"]').value = result.versionId;
          dirty = changedDuringSave;
          statusLine.textContent = "Brouillon enregistré automatiquement le " + result.at + ".";
        } else if (result.conflict) {
          stopped = true;
          statusLine.textContent = "Enregistrement automatique arrêté : " + result.conflict;
        } else {
          statusLine.textContent = "Enregistrement automatique impossible pour l'instant : " + (result.errors || []).join(" ; ");
        }
      })
      .catch(function () { statusLine.textContent = "Enregistrement automatique indisponible : pensez à enregistrer."; })
      .then(function () { saving = false; form.removeEventListener("input", onChange); if (dirty) scheduleAutosave(); });
  }

  // Accessibility checker (as Wagtail's): reads the Markdown previews and the image fields, lists what to fix
  // beside the form, and once more before publishing, without blocking.
  var checker = document.querySelector("[data-a11y-checker]");
  var vague = /^(ici|cliquez ici|cliquer ici|clic ici|en savoir plus|lien|voir|plus)$/i;
  function labelOf(id) {
    var label = document.querySelector('label[for="' + id + '"]');
    return label && label.firstChild ? label.firstChild.textContent.trim() : "Texte";
  }
  function checkAccessibility() {
    var issues = [];
    form.querySelectorAll("textarea[data-markdown-preview]").forEach(function (textarea) {
      var element = document.getElementById(textarea.getAttribute("data-markdown-preview"));
      if (!element || !textarea.value.trim()) return;
      var preview = previewContent(element);
      var where = labelOf(textarea.id);
      var add = function (text) { issues.push({ text: where + " : " + text, target: textarea.id }); };
      preview.querySelectorAll("img").forEach(function (img) {
        if (!img.hasAttribute("alt") || (img.getAttribute("alt").trim() === "" && img.getAttribute("role") !== "presentation")) {
          add("l'image « " + (img.getAttribute("src") || "") + " » n'a pas de texte alternatif ([texte](adresse) : écrivez-le entre les crochets).");
        }
      });
      var previous = 1;
      preview.querySelectorAll("h1, h2, h3, h4, h5, h6").forEach(function (h) {
        var level = parseInt(h.tagName.substring(1), 10);
        if (level === 1) add("le titre « " + h.textContent.trim() + " » est de niveau 1 : la page a déjà son titre, commencez au niveau 2 (##).");
        else if (level > previous + 1) add("le titre « " + h.textContent.trim() + " » saute du niveau " + previous + " au niveau " + level + ".");
        previous = level;
      });
      preview.querySelectorAll("a").forEach(function (a) {
        var text = a.textContent.replace(/\s+/g, " ").trim();
        var img = a.querySelector("img[alt]:not([alt=''])");
        if (!text && !img && !a.getAttribute("aria-label")) add("un lien vers « " + a.getAttribute("href") + " » n'a pas de texte.");
        else if (vague.test(text)) add("le lien « " + text + " » ne dit pas où il mène : décrivez sa destination.");
      });
      preview.querySelectorAll("table").forEach(function (table) {
        if (!table.querySelector("th")) add("un tableau n'a pas de ligne d'en-tête (| Colonne | … | puis | --- |).");
      });
    });
    form.querySelectorAll("[data-media-field]").forEach(function (field) {
      var label = field.getAttribute("data-media-label") || "Image";
      mediaRowsOf(field).forEach(function (row, index) {
        if (row.hidden || row.hasAttribute("data-media-add")) return;
        var path = row.querySelector("[data-media-path]");
        var text = row.querySelector("[data-media-text]");
        var box = row.querySelector("[data-media-decorative]");
        if (path && path.value.trim() && text && !text.value.trim() && !(box && box.checked)) {
          issues.push({ text: label + " : l'image « " + path.value.trim() + " » n'a pas de texte alternatif (ou cochez « Image décorative »).", target: text.id });
        }
      });
    });
    return issues;
  }
  function renderIssues(list, issues) {
    list.innerHTML = "";
    issues.forEach(function (issue) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + issue.target;
      a.textContent = issue.text;
      li.appendChild(a);
      list.appendChild(li);
    });
  }
  function refreshChecker() {
    if (!checker) return;
    var issues = checkAccessibility();
    checker.querySelector("[data-a11y-summary]").textContent = issues.length === 0
      ? "Aucun point relevé dans les textes et les images."
      : issues.length + " point(s) à vérifier :";
    renderIssues(checker.querySelector("[data-a11y-list]"), issues);
  }
  document.addEventListener("admin:preview-rendered", refreshChecker);
  form.addEventListener("input", debounce(refreshChecker, 600));
  refreshChecker();

  var beforePublish = form.querySelector("[data-a11y-before-publish]");
  var publishAnyway = false;
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (!beforePublish || publishAnyway || !submitter || submitter.value !== "publish") return;
    var issues = checkAccessibility();
    if (issues.length === 0) return;
    event.preventDefault();
    submitting = false;
    renderIssues(beforePublish.querySelector("[data-a11y-before-publish-list]"), issues);
    beforePublish.hidden = false;
    beforePublish.focus();
  });
  if (beforePublish) {
    beforePublish.querySelector("[data-a11y-publish-anyway]").addEventListener("click", function () {
      publishAnyway = true;
      var publish = form.querySelector('button[name="command"][value="publish"]');
      if (form.requestSubmit && publish) form.requestSubmit(publish); else if (publish) publish.click();
    });
  }
})();
