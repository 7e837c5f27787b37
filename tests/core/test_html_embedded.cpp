// What HTML embeds from elsewhere: inline SVG and MathML (kept, in a safe
// subset), players and objects (a video becomes a link to its page, anything
// else leaves its fallback content behind).
#include "test_feed_support.h"
#include "text/HtmlSanitizer.h"
#include "text/HtmlTokenizer.h"

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

QString clean(const char *html)
{
    return sanitizeHtml(QString::fromUtf8(html), QUrl(QStringLiteral("https://base.example/dir/page.html")));
}

/// Every attribute of the output, as "element.attribute=value", read back with
/// the tokenizer: what a browser would see.
QStringList attributesOf(const QString &html)
{
    QStringList out;
    HtmlTokenizer tokens(html);
    for (HtmlTokenizer::Token t = tokens.next(); t != HtmlTokenizer::Token::End; t = tokens.next()) {
        if (t != HtmlTokenizer::Token::StartTag)
            continue;
        for (const HtmlTokenizer::Attribute &a : tokens.attributes())
            out.append(tokens.tagName().toString() + u'.' + a.name.toString() + u'=' + a.value.toString());
    }
    return out;
}

} // namespace

TEST_CASE("Inline SVG is kept with its shapes, text and gradients", "[sanitizer][svg]")
{
    const QString svg
        = clean(R"html(<p>Chart: <svg viewBox="0 0 10 10" width="100" xmlns="http://www.w3.org/2000/svg">
        <title>Sales</title><defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/></linearGradient></defs>
        <rect x="1" y="1" width="8" height="8" fill="url(#g)" stroke="rgb(0, 0, 0)" style="stroke-width: 2; opacity: .5"/>
        <circle cx="5" cy="5" r="2" fill='url("#g")'/><path d="M0 0L10 10"/>
        <text x="1" y="9" font-size="2">up <tspan fill="red">10%</tspan></text>
        <use href="#g"/><a href="/more"><rect width="1" height="1"/></a></svg> done</p>)html");
    CHECK(svg.startsWith(u"<p>Chart: <svg viewBox=\"0 0 10 10\" width=\"100\">"));
    CHECK(svg.contains(u"<title>Sales</title>"));
    CHECK(
        svg.contains(u"<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#f00\"/></linearGradient>"));
    CHECK(svg.contains(
        u"<rect x=\"1\" y=\"1\" width=\"8\" height=\"8\" fill=\"url(#g)\" stroke=\"rgb(0, 0, 0)\" "
        u"style=\"stroke-width: 2; opacity: .5\"/>"));
    CHECK(svg.contains(u"<circle cx=\"5\" cy=\"5\" r=\"2\" fill=\"url(&quot;#g&quot;)\"/>"));
    CHECK(svg.contains(u"<path d=\"M0 0L10 10\"/>"));
    CHECK(svg.contains(u"<text x=\"1\" y=\"9\" font-size=\"2\">up <tspan fill=\"red\">10%</tspan></text>"));
    CHECK(svg.contains(u"<use href=\"#g\"/>"));
    CHECK(svg.contains(u"<a href=\"https://base.example/more\"><rect width=\"1\" height=\"1\"/></a>"));
    CHECK(svg.endsWith(u"</svg> done</p>"));
    // A picture: its labels are not the item's text.
    CHECK(htmlToPlainText(svg) == u"Chart: done");
}

TEST_CASE("SVG loses what can run, load or point outside", "[sanitizer][svg]")
{
    const QString svg = clean(R"html(<svg onload="alert(1)"><script>alert(2)</script>
        <style>rect { fill: url(javascript:alert(3)) }</style>
        <foreignObject><iframe src="https://evil.example/"></iframe><p>html</p></foreignObject>
        <a href="javascript:alert(4)" xlink:href="data:text/html,x"><text onclick="alert(5)">t</text></a>
        <a xlink:href="https://ok.example/">ok</a>
        <use href="https://evil.example/sprite.svg#x"/><use xlink:href="data:image/svg+xml,&lt;svg onload=alert(6)&gt;"/>
        <image href="javascript:alert(7)"/><image href="https://img.example/a.png" width="5"/>
        <animate attributeName="href" values="javascript:alert(8)"/><set attributeName="href" to="javascript:x"/>
        <rect fill="url(https://evil.example/track)" stroke="expression(alert(9))" style="fill: url(javascript:x); color: red; behavior: url(x.htc)"/>
        <metadata><secret/>meta</metadata></svg>after)html");
    CHECK_FALSE(svg.contains(u"alert"));
    CHECK_FALSE(svg.contains(u"script"));
    CHECK_FALSE(svg.contains(u"style>"));
    CHECK_FALSE(svg.contains(u"foreignObject", Qt::CaseInsensitive));
    CHECK_FALSE(svg.contains(u"iframe"));
    CHECK_FALSE(svg.contains(u"html"));
    CHECK_FALSE(svg.contains(u"evil"));
    CHECK_FALSE(svg.contains(u"data:"));
    CHECK_FALSE(svg.contains(u"animate"));
    CHECK_FALSE(svg.contains(u"<set"));
    CHECK_FALSE(svg.contains(u"meta"));
    CHECK(svg.contains(u"<a><text>t</text></a>"));
    CHECK(svg.contains(u"<a href=\"https://ok.example/\">ok</a>"));
    CHECK(svg.contains(u"<use/><use/>"));
    CHECK(svg.contains(u"<image/><image href=\"https://img.example/a.png\" width=\"5\"/>"));
    CHECK(svg.contains(u"<rect style=\"color: red\"/>"));
    CHECK(svg.endsWith(u"</svg>after"));
    for (const QString &attribute : attributesOf(svg)) {
        INFO(attribute.toStdString());
        CHECK_FALSE(attribute.section(u'.', 1).startsWith(u"on"));
    }
}

TEST_CASE("HTML inside SVG ends the SVG, as in a browser; nesting stays balanced", "[sanitizer][svg]")
{
    CHECK(clean("<svg><circle r=\"1\"></circle><p>para</p>text")
        == u"<svg><circle r=\"1\"></circle></svg><p>para</p>text");
    CHECK(clean("<svg><g><g></svg>after") == u"<svg><g><g></g></g></svg>after");
    CHECK(clean("<b><svg><g></b>still svg</g></svg>out</b>") == u"<b><svg><g>still svg</g></svg>out</b>");
    CHECK(clean("<svg><svg></svg>inside</svg>after") == u"<svg><svg></svg>inside</svg>after");
    CHECK(clean("<svg><unknown>text</unknown></svg>") == u"<svg>text</svg>");
    // Sanitizing the output again changes nothing: the reader does it once more.
    const QString once
        = clean("<svg viewBox=\"0 0 1 1\"><rect fill=\"url(#a)\" width=\"1\"/><text>x &amp; y</text></svg>");
    CHECK(sanitizeHtml(once, QUrl(QStringLiteral("https://base.example/"))) == once);
}

TEST_CASE("MathML is kept as formulas, without scripts or links", "[sanitizer][math]")
{
    const QString math
        = clean(R"html(<p>Area: <math display="block"><mrow><mi>&pi;</mi><mo>&InvisibleTimes;</mo>
        <msup><mi>r</mi><mn>2</mn></msup></mrow><mfrac linethickness="2" onclick="x()"><mn>1</mn><mn>2</mn></mfrac>
        <mtext href="javascript:alert(1)">text</mtext><maction actiontype="statusline"><mi>a</mi></maction>
        <semantics><mi>x</mi><annotation encoding="TeX">x</annotation><annotation-xml><p>html</p></annotation-xml></semantics>
        <script>alert(2)</script></math>.</p>)html");
    CHECK(math.startsWith(u"<p>Area: <math display=\"block\"><mrow><mi>π</mi><mo>\u2062</mo>"));
    CHECK(math.contains(
        u"<msup><mi>r</mi><mn>2</mn></msup></mrow><mfrac linethickness=\"2\"><mn>1</mn><mn>2</mn></mfrac>"));
    CHECK(math.contains(u"<mtext>text</mtext>"));
    CHECK(math.contains(u"<mi>a</mi>"));
    CHECK(math.contains(u"<semantics><mi>x</mi></semantics>"));
    CHECK_FALSE(math.contains(u"annotation"));
    CHECK_FALSE(math.contains(u"html"));
    CHECK_FALSE(math.contains(u"alert"));
    CHECK_FALSE(math.contains(u"maction"));
    CHECK(math.endsWith(u"</math>.</p>"));
    // A formula is text to read; its TeX source is not read twice.
    CHECK(htmlToPlainText(math) == u"Area: π \u2062 r 2 1 2 text a x .");
}

TEST_CASE("An embedded video becomes a link to its page", "[sanitizer][video]")
{
    CHECK(
        clean(
            R"html(<p>Watch: <iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=42"
        title="Never &amp; again" frameborder="0" allowfullscreen>Your browser cannot show frames.</iframe></p>)html")
        == u"<p>Watch: <a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42s\">Video: Never &amp; "
           u"again</a></p>");
    // Without a title, the site names it; protocol-relative addresses resolve first.
    CHECK(clean(R"html(<iframe src="//www.youtube-nocookie.com/embed/abc123DEF_-?rel=0"></iframe>)html")
        == u"<a href=\"https://www.youtube.com/watch?v=abc123DEF_-\">Video: YouTube</a>");
    CHECK(
        clean(
            R"html(<iframe src="https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"></iframe>)html")
        == u"<a href=\"https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG\">Video: "
           u"YouTube</a>");
    CHECK(
        clean(
            R"html(<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;badge=0" title="The New Vimeo Player"></iframe>)html")
        == u"<a href=\"https://vimeo.com/76979871/8272103f6e\">Video: The New Vimeo Player</a>");
    CHECK(
        clean(
            R"html(<iframe sandbox="allow-scripts" src="https://framatube.org/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d"></iframe>)html")
        == u"<a href=\"https://framatube.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d\">Video: "
           u"framatube.org</a>");
    // The old Flash embed code, an <embed> inside an <object>.
    CHECK(
        clean(
            R"html(<object width="425"><param name="movie" value="https://www.youtube.com/v/dQw4w9WgXcQ"><embed
        src="https://www.youtube.com/v/dQw4w9WgXcQ" type="application/x-shockwave-flash"></embed></object>)html")
        == u"<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Video: YouTube</a>");
    // A player inside a link: links do not nest, the outer one ends first.
    CHECK(
        clean(
            R"html(<a href="https://x.example/">see <iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe> here</a>)html")
        == u"<a href=\"https://x.example/\">see </a><a "
           u"href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Video: YouTube</a> here");
}

TEST_CASE("Embeds that are not videos leave their fallback; look-alikes are not videos", "[sanitizer][video]")
{
    CHECK(
        clean(
            R"html(<iframe src="https://maps.example/embed?q=x">Your reader <a href="https://maps.example/">shows the map</a> here</iframe>)html")
        == u"Your reader <a href=\"https://maps.example/\">shows the map</a> here");
    CHECK(clean(R"html(<iframe src="javascript:alert(1)">fallback</iframe>)html") == u"fallback");
    CHECK(clean(R"html(<iframe src="https://notyoutube.com/embed/dQw4w9WgXcQ">x</iframe>)html") == u"x");
    CHECK(clean(R"html(<iframe src="https://youtube.com.evil.example/embed/dQw4w9WgXcQ">x</iframe>)html")
        == u"x");
    CHECK(clean(R"html(<iframe src="https://www.youtube.com/embed/a&quot;onload=&quot;x">x</iframe>)html")
        == u"x");
    CHECK(clean(R"html(<iframe src="https://player.vimeo.com/video/not-a-number">x</iframe>)html") == u"x");
    CHECK(clean(R"html(<object data="movie.swf">Get <a href="/flash">Flash</a></object>)html")
        == u"Get <a href=\"https://base.example/flash\">Flash</a>");
    CHECK(
        clean(
            R"html(<video src="v.mp4" autoplay><source src="v.webm">No player: <a href="v.mp4">download</a></video>)html")
        == u"No player: <a href=\"https://base.example/dir/v.mp4\">download</a>");
    // Lazy-loading pages put the real picture in <noscript>; no script runs here, so that one shows.
    CHECK(
        clean(
            R"html(<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://i.example/real.jpg"><noscript><img src="https://i.example/real.jpg" alt="real"></noscript>)html")
        == u"<img src=\"https://i.example/real.jpg\" alt=\"real\"/>");
    CHECK(clean(R"html(<noscript><script>alert(1)</script>Turn on scripts? No need.</noscript>)html")
        == u"Turn on scripts? No need.");
}
