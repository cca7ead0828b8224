import Foundation

/// A horizontal bar chart drawn as inline SVG: no script, readable when printed, and labelled by
/// the caption the template gives it (`aria-labelledby`), with the same numbers in a table beside it.
struct BarChart {
    struct Bar: Equatable {
        var label: String
        var value: Int
    }

    var id: String
    var bars: [Bar]

    static let labelWidth = 120, barArea = 440, rowHeight = 28, valueWidth = 60

    /// The SVG on one line, so that it stays one HTML block inside a Markdown template.
    var svg: String {
        let width = Self.labelWidth + Self.barArea + Self.valueWidth
        let height = max(1, bars.count) * Self.rowHeight + 8
        let maximum = max(1, bars.map(\.value).max() ?? 1)
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" id=\"\(id)\" role=\"img\" aria-labelledby=\"\(id)-caption\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">",
        ]
        for (index, bar) in bars.enumerated() {
            let y = 4 + index * Self.rowHeight
            let length = bar.value * Self.barArea / maximum
            let label = XMLEscaping.escape(bar.label)
            parts.append(
                "<g class=\"bar\" data-label=\"\(label)\" data-value=\"\(bar.value)\">"
                    + "<text x=\"\(Self.labelWidth - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(label)</text>"
                    + "<rect x=\"\(Self.labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(Self.rowHeight - 8)\"></rect>"
                    + "<text x=\"\(Self.labelWidth + length + 6)\" y=\"\(y + 18)\">\(bar.value)</text></g>")
        }
        parts.append("</svg>")
        return parts.joined()
    }
}
