import Foundation
import PlanCycleKit

/// What `serve` adds to the pages it sends, and only to those: the script that reloads the page
/// when the site is rebuilt, and the panel that lists the latest build's problems.
///
/// `build` never adds either, so the published site stays free of scripts.
enum PreviewPage {
    /// The path that open pages poll for a new build (never a path of the site, whose files do not
    /// start with `_`).
    static let changesPath = "/_plancycle/changes"

    /// A page of the site with the reload script, and the problems panel when the latest build failed.
    static func decorate(_ html: Data, _ snapshot: PreviewState.Snapshot) -> Data {
        var page = String(decoding: html, as: UTF8.self)
        let insert = (snapshot.hasErrors ? panel(snapshot.diagnostics, overSite: true) : "") + script(snapshot.generation)
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: insert, at: end.lowerBound)
        } else {
            page += insert
        }
        return Data(page.utf8)
    }

    /// A page of its own: the problems when no site has built yet, or "not found" with any problems.
    static func standalone(title: String, _ snapshot: PreviewState.Snapshot, note: String) -> Data {
        let problems = snapshot.hasErrors ? panel(snapshot.diagnostics, overSite: false) : ""
        return Data("""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(escape(title)) – PlanCycle preview</title></head>
            <body>
            <main><h1>\(escape(title))</h1><p>\(escape(note))</p></main>
            \(problems)\(script(snapshot.generation))</body>
            </html>

            """.utf8)
    }

    /// Every diagnostic as `check` prints it, with the line it points at and a marker under the column.
    static func panel(_ diagnostics: [Diagnostic], overSite: Bool) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let counts = [count(errors, "error"), warnings > 0 ? count(warnings, "warning") : nil].compactMap { $0 }
        let summary = counts.joined(separator: " and ")
            + (overSite ? ". Below is the last version that built; it stays until these are fixed." : ".")
        let items = diagnostics.map { diagnostic -> String in
            var item = "<li class=\"plancycle-\(diagnostic.severity.rawValue)\"><p><code>\(escape(diagnostic.location.description))</code>: "
                + "<strong>\(diagnostic.severity.rawValue)</strong>: \(escape(diagnostic.message))</p>"
            if let hint = diagnostic.hint { item += "<p>Hint: \(escape(hint))</p>" }
            if let excerpt = SourceExcerpt.read(diagnostic.location) {
                item += "<pre>\(escape(excerpt.line))\n\(escape(excerpt.marker))</pre>"
            }
            return item + "</li>"
        }
        return """
            <section id="plancycle-problems" lang="en" dir="ltr" role="alert" aria-labelledby="plancycle-problems-title">
            <style>\(style)</style>
            <h2 id="plancycle-problems-title">PlanCycle found \(escape(summary))</h2>
            <ol>\(items.joined(separator: "\n"))</ol>
            <p>Fix the file and save it: this panel then goes away by itself.\(overSite ? " <button type=\"button\" id=\"plancycle-hide\">Hide the panel</button>" : "")</p>
            </section>

            """
    }

    /// Polls for a new generation and reloads the page when there is one; waits a second after a
    /// failed poll (the server was stopped), then tries again.
    static func script(_ generation: Int) -> String {
        """
        <script>
        (function () {
          var generation = \(generation);
          var hide = document.getElementById("plancycle-hide");
          if (hide) { hide.onclick = function () { document.getElementById("plancycle-problems").hidden = true; }; }
          function wait() {
            fetch("\(changesPath)?after=" + generation, { cache: "no-store" })
              .then(function (response) { if (!response.ok) { throw response; } return response.json(); })
              .then(function (answer) { if (answer.generation !== generation) { location.reload(); } else { wait(); } })
              .catch(function () { setTimeout(wait, 1000); });
          }
          wait();
        })();
        </script>

        """
    }

    private static let style = """
        #plancycle-problems { position: fixed; inset: 1rem 1rem auto 1rem; max-block-size: 80vh; overflow: auto; z-index: 1000; \
        background: #fff; color: #1a1a1a; border: 3px solid #8a1c00; border-radius: 6px; padding: 1rem 1.5rem; \
        box-shadow: 0 4px 24px rgba(0,0,0,.3); font: 15px/1.45 "Noto Sans", Arial, sans-serif; text-align: left; }
        #plancycle-problems h2 { margin: 0 0 .75rem; font-size: 1.1rem; color: #8a1c00; }
        #plancycle-problems ol { padding-left: 1.5rem; margin: 0; }
        #plancycle-problems li { margin-block-end: .75rem; }
        #plancycle-problems p { margin: .15rem 0; }
        #plancycle-problems pre { background: #f4f4f4; padding: .4rem .6rem; margin: .3rem 0 0; overflow-x: auto; tab-size: 4; }
        #plancycle-problems .plancycle-error strong { color: #8a1c00; }
        #plancycle-problems .plancycle-warning strong { color: #6b4e00; }
        """

    private static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    private static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
