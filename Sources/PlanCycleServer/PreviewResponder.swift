import Foundation
import Hummingbird
import HTTPTypes

/// Answers the preview's requests from the in-memory site: files with their content types, pages
/// with the reload script, and the long poll that tells open pages about a new build.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    /// How long a poll waits for a rebuild before it answers "no change" (the page then asks again).
    let pollTimeout: Duration

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.response(.methodNotAllowed, type: "text/plain; charset=utf-8", Data("Only GET and HEAD.\n".utf8),
                                 extra: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        if path == PreviewPage.changesPath {
            let known = request.uri.queryParameters["after"].flatMap { Int($0) } ?? -1
            let generation = await state.change(after: known, timeout: pollTimeout)
            return Self.response(.ok, type: "application/json", Data("{\"generation\":\(generation)}".utf8))
        }
        let snapshot = await state.snapshot
        var response = page(path, snapshot)
        if request.method == .head { response.body = ResponseBody() }
        return response
    }

    private func page(_ path: String, _ snapshot: PreviewState.Snapshot) -> Response {
        guard let file = SitePath.resolve(path) else {
            return Self.response(.notFound, type: "text/html; charset=utf-8", PreviewPage.standalone(
                title: "Not found", snapshot, note: "The preview serves only the pages of the site."))
        }
        guard let site = snapshot.site else {
            return Self.response(.internalServerError, type: "text/html; charset=utf-8", PreviewPage.standalone(
                title: "The site does not build yet", snapshot, note: "Fix the problems below; the page then reloads by itself."))
        }
        if let data = site.file(file) {
            let type = SitePath.contentType(file)
            return Self.response(.ok, type: type, type.hasPrefix("text/html") ? PreviewPage.decorate(data, snapshot) : data)
        }
        if site.file(file + "/index.html") != nil {
            return Self.response(.movedPermanently, type: "text/plain; charset=utf-8", Data(), extra: [.location: path + "/"])
        }
        return Self.response(.notFound, type: "text/html; charset=utf-8", PreviewPage.standalone(
            title: "Not found", snapshot, note: "There is no page /\(file) in the site."))
    }

    private static func response(
        _ status: HTTPResponse.Status, type: String, _ body: Data, extra: HTTPFields = [:]
    ) -> Response {
        var headers: HTTPFields = [
            .contentType: type, .cacheControl: "no-store", .contentLength: String(body.count),
        ]
        if let noSniff = HTTPField.Name("X-Content-Type-Options") { headers[noSniff] = "nosniff" }
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
