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

  // Markdown: live preview rendered by the site's Markdown service.
  document.querySelectorAll("textarea[data-markdown-preview]").forEach(function (textarea) {
    var target = document.getElementById(textarea.getAttribute("data-markdown-preview"));
    if (!target) return;
    var render = function () {
      var body = new URLSearchParams();
      body.set("markdown", textarea.value);
      fetch("/admin/apercu-markdown", {
        method: "POST",
        headers: { "RequestVerificationToken": token(), "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString(),
        credentials: "same-origin"
      }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { target.innerHTML = html; })
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
})();
