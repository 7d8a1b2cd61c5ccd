#!/usr/bin/env python3
"""An editor for bench/Cluster: signs in through nginx, then publishes a new title of one event every second
through the back office's own form (alternately through each node's connection via nginx), and after each publish
polls the event's public page on each node directly until the new title shows. Prints, per node, the worst and
median time from the publish response to the title being visible. Loopback only; bounded by --seconds."""
import argparse, html, http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
from html.parser import HTMLParser


class FormFields(HTMLParser):
    """The fields a browser would submit from <form id="content-form">."""
    def __init__(self):
        super().__init__()
        self.inside = False
        self.fields = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == "content-form"
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type", "text") not in ("submit", "button", "file"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append([name, a.get("value") or ""])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
            self.fields.append(self._textarea)
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append([self._select, a.get("value") or ""])

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--proxy", default="http://127.0.0.1:5380")
    p.add_argument("--node", action="append", default=[])
    p.add_argument("--user", default="admin")
    p.add_argument("--password", required=True)
    p.add_argument("--seconds", type=int, default=20)
    args = p.parse_args()
    nodes = args.node or ["http://127.0.0.1:5301", "http://127.0.0.1:5302"]

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def get(url):
        try:
            with opener.open(url, timeout=10) as r:
                return r.status, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace")

    def post(url, fields):
        data = urllib.parse.urlencode(fields).encode()
        try:
            with opener.open(urllib.request.Request(url, data=data), timeout=30) as r:
                return r.status
        except urllib.error.HTTPError as e:
            return e.code

    token = lambda page: html.unescape(re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1))
    _, login = get(args.proxy + "/admin/connexion")
    status = post(args.proxy + "/admin/connexion", [("UserName", args.user), ("Password", args.password), ("__RequestVerificationToken", token(login))])
    if status != 302:
        sys.exit(f"editor: sign-in answered {status}")
    _, listing = get(args.proxy + "/admin?type=Event&status=Published")
    edit = re.search(r'href="(/admin/contenus/[a-z0-9]{26})"', listing)
    if not edit:
        sys.exit("editor: no event in the back office list")
    edit_url = args.proxy + edit.group(1)

    delays = {n: [] for n in nodes}
    failures = 0
    started = time.monotonic()
    i = 0
    while time.monotonic() - started < args.seconds:
        tick = time.monotonic()
        i += 1
        _, page = get(edit_url)
        form = FormFields()
        form.feed(page)
        fields = [(k, v) for k, v in form.fields if k != "TitlePart.Title"]
        title = f"Bench cluster {i} {int(time.time() * 1000)}"
        fields += [("TitlePart.Title", title), ("command", "publish")]
        path = dict(form.fields).get("AutoroutePart.Path") or ""
        if post(edit_url, fields) not in (302, 303):
            failures += 1
            continue
        published = time.monotonic()
        # Every node polled in turn until each shows the title: a node's time is when it first showed it.
        waiting = list(nodes)
        while waiting:
            for node in list(waiting):
                _, body = get(f"{node}/{path}")
                if title in html.unescape(body):
                    delays[node].append((time.monotonic() - published) * 1000)
                    waiting.remove(node)
                elif time.monotonic() - published > 10:
                    delays[node].append(float("inf"))
                    waiting.remove(node)
            time.sleep(0.005)
        time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))

    print(f"publishes: {i - failures} ok, {failures} failed (one a second for {args.seconds} s, event /{path})")
    for node, values in delays.items():
        if values:
            print(f"publish-to-visible {node}: worst {max(values):.0f} ms, median {statistics.median(values):.0f} ms over {len(values)}")


if __name__ == "__main__":
    main()
