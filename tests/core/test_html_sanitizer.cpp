#include "test_feed_support.h"
#include "text/HtmlSanitizer.h"

#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace gilde;

namespace
{

QString clean(const char *html, const char *base = "https://base.example/dir/page.html")
{
    return sanitizeHtml(QString::fromUtf8(html), QUrl(QString::fromUtf8(base)));
}

/// Whether the output is balanced XML-ish markup (void elements are written "<br/>").
bool wellFormed(const QString &html)
{
    QXmlStreamReader xml(QStringLiteral("<root>") + html + QStringLiteral("</root>"));
    while (!xml.atEnd())
        xml.readNext();
    return !xml.hasError();
}

} // namespace

TEST_CASE("Allowed markup passes through", "[sanitizer]")
{
    CHECK(clean("<p>Hello <b>bold</b> <i>it</i> <em>em</em> <strong>s</strong></p>")
        == u"<p>Hello <b>bold</b> <i>it</i> <em>em</em> <strong>s</strong></p>");
    CHECK(clean("<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>")
        == u"<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>");
    CHECK(clean("<blockquote><q>q</q><cite>c</cite></blockquote><pre><code>x</code></pre><kbd>k</kbd>")
        == u"<blockquote><q>q</q><cite>c</cite></blockquote><pre><code>x</code></pre><kbd>k</kbd>");
    CHECK(clean("<h1>1</h1><h6>6</h6><hr><sub>s</sub><sup>S</sup><small>m</small><del>d</del><ins>i</ins>"
                "<mark>k</mark><abbr title=\"t\">a</abbr><u>u</u><s>s</s>")
        == u"<h1>1</h1><h6>6</h6><hr/><sub>s</sub><sup>S</sup><small>m</small><del>d</del><ins>i</ins>"
           "<mark>k</mark><abbr title=\"t\">a</abbr><u>u</u><s>s</s>");
    CHECK(clean("<figure><img src=\"https://i.example/a.png\" alt=\"A\" width=\"10\" height=\"20\">"
                "<figcaption>cap</figcaption></figure>")
        == u"<figure><img src=\"https://i.example/a.png\" alt=\"A\" width=\"10\" height=\"20\"/>"
           "<figcaption>cap</figcaption></figure>");
    CHECK(clean("<table><thead><tr><th colspan=\"2\">h</th></tr></thead><tbody><tr><td rowspan=3>d</td></tr>"
                "</tbody></table>")
        == u"<table><thead><tr><th colspan=\"2\">h</th></tr></thead><tbody><tr><td rowspan=\"3\">d</td></tr>"
           "</tbody></table>");
    CHECK(clean("<dl><dt>t</dt><dd>d</dd></dl><div><span>s</span></div>")
        == u"<dl><dt>t</dt><dd>d</dd></dl><div><span>s</span></div>");
    CHECK(clean("<P>Upper <B>case</B></P>") == u"<p>Upper <b>case</b></p>");
}

TEST_CASE("Scripts, styles, frames and forms go", "[sanitizer]")
{
    CHECK(clean("a<script>alert(1)</script>b") == u"ab");
    CHECK(clean("a<SCRIPT type=text/javascript>if (a < b && c) { x('</p>') }</SCRIPT >b") == u"ab");
    CHECK(clean("a<style>p { color: red }</style>b") == u"ab");
    // The frame and the object go; what they hold for readers that lack them stays.
    CHECK(clean("a<iframe src=\"https://evil.example\">inside</iframe>b") == u"ainsideb");
    CHECK(clean("a<object data=\"x.swf\"><param name=a value=b><embed src=\"x.swf\">fallback</object>b")
        == u"afallbackb");
    CHECK(clean("a<svg onload=alert(1)><script>x</script><text>t</text></svg>b")
        == u"a<svg><text>t</text></svg>b");
    CHECK(clean("a<math><mi>x</mi></math>b") == u"a<math><mi>x</mi></math>b");
    CHECK(clean("<form action=\"https://evil.example\">Name <input name=n><button>Go</button>"
                "<select><option>1</option></select><textarea>t</textarea></form>")
        == u"Name ");
    CHECK(clean("<link rel=stylesheet href=x.css><meta http-equiv=refresh content=0><base "
                "href=\"https://evil/\">ok")
        == u"ok");
    CHECK(clean("<frameset><frame src=x></frameset>ok") == u"ok");
    CHECK(clean("<script>never closed <p>text") == u"");
    CHECK(clean("<svg><svg></svg>still inside</svg>after") == u"<svg><svg></svg>still inside</svg>after");
}

TEST_CASE("Event handlers, styles, classes and ids are dropped", "[sanitizer]")
{
    CHECK(clean("<p onclick=\"x()\" style=\"color:red\" class=\"c\" id=\"i\" title=\"ok\">t</p>")
        == u"<p title=\"ok\">t</p>");
    CHECK(clean("<img src=\"https://i.example/a.png\" onerror=\"alert(1)\" ONLOAD=x>")
        == u"<img src=\"https://i.example/a.png\"/>");
    CHECK(clean("<a href=\"https://ok.example/\" onmouseover=\"x\" target=\"_blank\" rel=\"x\">l</a>")
        == u"<a href=\"https://ok.example/\">l</a>");
    CHECK(clean("<td colspan=\"2; x\" width=\"5\">c</td>") == u"<td>c</td>");
    CHECK(clean("<img src=\"https://i.example/a.png\" width=\"100%\" height=\"expression(alert(1))\">")
        == u"<img src=\"https://i.example/a.png\" width=\"100%\"/>");
}

TEST_CASE("Only http, https and mailto URLs survive, however obfuscated", "[sanitizer]")
{
    const char *const hostile[] = {
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"java&#10;script:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>",
        "<a href=\"javascript&#58;alert(1)\">x</a>",
        "<a href=\"&#0000106avascript:alert(1)\">x</a>",
        "<a href=\"\x01javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
        "<a href=\"file:///etc/passwd\">x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href='javascript:alert(1)'>x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
    };
    for (const char *html : hostile) {
        INFO(html);
        const QString out = clean(html);
        CHECK_FALSE(out.contains(u"href"));
        CHECK_FALSE(out.contains(u"script", Qt::CaseInsensitive));
        CHECK(out.contains(u">x</a>"));
    }
    CHECK(clean("<img src=\"javascript:alert(1)\">x") == u"x");
    CHECK(clean("<img src=\"data:image/png;base64,AAAA\">x") == u"x");
    CHECK(clean("<img src=\"mailto:a@b.example\">x") == u"x");
    CHECK(clean("<img>x") == u"x");
    CHECK(clean("<a href=\"mailto:me@example.org\">m</a>") == u"<a href=\"mailto:me@example.org\">m</a>");
    CHECK(clean("<a href=\"HTTPS://Example.org/A\">u</a>") == u"<a href=\"https://Example.org/A\">u</a>");
}

TEST_CASE("Relative URLs resolve against the base", "[sanitizer]")
{
    CHECK(clean("<a href=\"other.html\">o</a>") == u"<a href=\"https://base.example/dir/other.html\">o</a>");
    CHECK(clean("<a href=\"/root\">r</a>") == u"<a href=\"https://base.example/root\">r</a>");
    CHECK(clean("<a href=\"//cdn.example/x\">p</a>") == u"<a href=\"https://cdn.example/x\">p</a>");
    CHECK(clean("<a href=\"?q=1&amp;r=2\">q</a>")
        == u"<a href=\"https://base.example/dir/page.html?q=1&amp;r=2\">q</a>");
    CHECK(clean("<a href=\"#frag\">f</a>") == u"<a href=\"https://base.example/dir/page.html#frag\">f</a>");
    CHECK(clean("<img src=\"../img/a b.png\">") == u"<img src=\"https://base.example/img/a%20b.png\"/>");
    // Without a base, a relative URL stays relative (harmless).
    CHECK(sanitizeHtml(u"<a href=\"x.html\">x</a>"_qs) == u"<a href=\"x.html\">x</a>");
    CHECK(safeUrl(u"  https://ok.example/  ") == u"https://ok.example/");
    CHECK(safeUrl(u"ftp://files.example/x").isEmpty());
}

TEST_CASE("Text is escaped and entities normalised", "[sanitizer]")
{
    CHECK(clean("1 < 2 && 3 > 2") == u"1 &lt; 2 &amp;&amp; 3 &gt; 2");
    CHECK(clean("caf&eacute; &amp; &lt;tag&gt; &#8364; &#x1F600; &bogus; &")
        == u"café &amp; &lt;tag&gt; € 😀 &amp;bogus; &amp;");
    CHECK(clean("<a title='say \"hi\" &amp; &lt;bye&gt;'>t</a>")
        == u"<a title=\"say &quot;hi&quot; &amp; &lt;bye&gt;\">t</a>");
    CHECK(clean("a<!-- <script>x</script> -->b<!DOCTYPE html><?php echo 1 ?>c") == u"abc");
    CHECK(clean("<![CDATA[<b>not markup</b>]]>") == u"&lt;b&gt;not markup&lt;/b&gt;");
    CHECK(clean("nul\0byte") == u"nul"); // a C string: stops at the NUL
    CHECK(sanitizeHtml(QStringLiteral("nul") + QChar(0) + QStringLiteral("byte")) == u"nulbyte");
}

TEST_CASE("Output is balanced whatever the input", "[sanitizer]")
{
    CHECK(clean("<p>unclosed <b>bold <i>both") == u"<p>unclosed <b>bold <i>both</i></b></p>");
    CHECK(clean("<b><i>mis</b>nested</i>") == u"<b><i>mis</i></b>nested");
    CHECK(clean("</p></div>stray ends</b>") == u"stray ends");
    CHECK(clean("<ul><li>one<li>two</ul>") == u"<ul><li>one</li><li>two</li></ul>");
    CHECK(clean("<p>one<p>two") == u"<p>one</p><p>two</p>");
    CHECK(clean("<p>para<div>block</div>") == u"<p>para</p><div>block</div>");
    CHECK(clean("<table><tr><td>a<td>b<tr><td>c</table>")
        == u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");
    CHECK(clean("<a href=\"https://a.example/\">one<a href=\"https://b.example/\">two</a>")
        == u"<a href=\"https://a.example/\">one</a><a href=\"https://b.example/\">two</a>");
    CHECK(clean("<p/>self closed") == u"<p></p>self closed");
    CHECK(clean("<b>unterminated tag <i") == u"<b>unterminated tag </b>");
    CHECK(clean("<font color=red><center>c</center></font><article>a</article>")
        == u"<div>c</div><div>a</div>");

    const char *const messy[] = {
        "<p><b><i><u>deep",
        "<table><td>x</table></td></tr>",
        "<<<>>>&&&;;;",
        "<a href=\"x\"<b>broken</b>",
        "<p title=\"unterminated>text",
        "<div><p><ul><li><p>x</div>y",
        "</>< / ><!-- unterminated comment",
        "<img src=x onerror=alert(1)//>",
    };
    for (const char *html : messy) {
        INFO(html);
        CHECK(wellFormed(clean(html)));
    }
    QString deep;
    for (int i = 0; i < 5000; ++i)
        deep += QStringLiteral("<div><b>");
    const QString out = sanitizeHtml(deep + QStringLiteral("x"));
    CHECK(wellFormed(out));
    CHECK(out.contains(u"x"));
}

TEST_CASE("Plain text from HTML", "[sanitizer]")
{
    CHECK(htmlToPlainText(u"<p>Hello <b>World</b></p><p>Second&nbsp;para</p>"_qs)
        == u"Hello World\nSecond\u00a0para");
    CHECK(htmlToPlainText(u"  lots   of \n\t whitespace  "_qs) == u"lots of whitespace");
    CHECK(htmlToPlainText(u"line<br>break<br/>again"_qs) == u"line\nbreak\nagain");
    CHECK(htmlToPlainText(u"<ul><li>a</li><li>b</li></ul>after"_qs) == u"a\nb\nafter");
    CHECK(htmlToPlainText(u"<table><tr><td>a</td><td>b</td></tr></table>"_qs) == u"a b");
    CHECK(htmlToPlainText(u"x<script>var a = '<p>'</script>y<style>p{}</style>z"_qs) == u"xyz");
    CHECK(htmlToPlainText(u"Tom &amp; Jerry &lt;3 &eacute; &bogus; & done"_qs)
        == u"Tom & Jerry <3 é &bogus; & done");
    CHECK(htmlToPlainText(u"a < b and c > d"_qs) == u"a < b and c > d");
    CHECK(htmlToPlainText(u"<svg><text>hidden</text></svg>shown"_qs) == u"shown");
    CHECK(htmlToPlainText(u""_qs).isEmpty());
    CHECK(htmlToPlainText(u"<p></p><div>  </div>"_qs).isEmpty());
}
