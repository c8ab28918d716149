using System.Globalization;
using System.Net;
using System.Text;
using ArabicEntities.Recognition;
using ArabicEntities.Timeline;

namespace ArabicEntities.Cli;

/// <summary>
/// Writes a timeline as one self-contained right-to-left HTML page (inline CSS and script, no external asset): a visual
/// timeline of the events with their participants, then each document with its entities highlighted by type.
/// </summary>
internal static class TimelineHtml
{
    private const string Style = """
        :root{--person:#c0392b;--location:#1f7a4d;--organization:#1f5fa8;--misc:#8e44ad;--date:#b9770e}
        body{font-family:"Noto Naskh Arabic","DejaVu Sans",Tahoma,sans-serif;margin:0;background:#f6f5f1;color:#222;line-height:1.8}
        header{background:#22313f;color:#fff;padding:16px 28px}header h1{margin:0;font-size:24px}header p{margin:4px 0 0;opacity:.85}
        main{padding:12px 28px}.columns{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:28px;align-items:start}
        @media (max-width:900px){.columns{grid-template-columns:1fr}}h2{border-bottom:2px solid #ccc;padding-bottom:4px}
        .legend span{margin-left:14px}.chip{display:inline-block;border-radius:10px;padding:0 8px;margin:2px;font-size:13px;color:#fff}
        .t-Person{background:var(--person)}.t-Location{background:var(--location)}.t-Organization{background:var(--organization)}.t-Misc{background:var(--misc)}.t-Date{background:var(--date)}
        .timeline{position:relative;margin:0 0 24px;padding-right:34px}
        .timeline:before{content:"";position:absolute;right:12px;top:0;bottom:0;width:4px;background:#22313f;border-radius:2px}
        .event{position:relative;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.15);padding:8px 14px;margin:10px 0}
        .event:before{content:"";position:absolute;right:-30px;top:14px;width:14px;height:14px;border-radius:50%;background:var(--date);border:3px solid #fff}
        .event.unresolved:before{background:#999}
        .when{font-weight:bold;color:var(--date);direction:ltr;unicode-bidi:isolate;margin-left:10px}
        .src{font-size:12px;color:#666;direction:ltr;unicode-bidi:isolate}
        .doc{background:#fff;border-radius:8px;padding:10px 18px;margin:14px 0;box-shadow:0 1px 3px rgba(0,0,0,.15)}
        .doc h3{margin:0 0 6px;font-size:15px;direction:ltr;text-align:right}
        .doc p{white-space:pre-wrap;margin:0}
        mark{border-radius:3px;padding:0 2px;background:transparent;border-bottom:3px solid;color:inherit}
        mark.t-Person{border-color:var(--person);background:#fbe3e0}mark.t-Location{border-color:var(--location);background:#dff3e8}
        mark.t-Organization{border-color:var(--organization);background:#dde9f8}mark.t-Misc{border-color:var(--misc);background:#efe1f5}
        mark.t-Date{border-color:var(--date);background:#fbefd6}
        .hl{outline:2px solid #222}
        .sentence{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
        """;

    private const string Script = """
        document.querySelectorAll('[data-id]').forEach(function(el){
          el.addEventListener('mouseenter',function(){document.querySelectorAll('[data-id="'+el.dataset.id+'"]').forEach(function(x){x.classList.add('hl');});});
          el.addEventListener('mouseleave',function(){document.querySelectorAll('.hl').forEach(function(x){x.classList.remove('hl');});});
        });
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="documents">The documents, in order, with their texts.</param>
    /// <param name="output">The output.</param>
    public static void Write(Timeline.Timeline timeline, IReadOnlyList<TimelineDocument> documents, TextWriter output)
    {
        Dictionary<string, ResolvedEntity> entities = timeline.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>الخط الزمني</title>\n<style>\n")
            .Append(Style).Append("</style>\n</head>\n<body>\n<header><h1>الخط الزمني للأحداث</h1><p>")
            .Append(Encode(string.Create(CultureInfo.InvariantCulture, $"{timeline.Events.Count} أحداث · {timeline.Entities.Count} كيانات · {documents.Count} وثائق")))
            .Append("</p></header>\n<main>\n<p class=\"legend\"><span class=\"chip t-Person\">شخص</span><span class=\"chip t-Location\">مكان</span><span class=\"chip t-Organization\">منظمة</span><span class=\"chip t-Misc\">أخرى</span><span class=\"chip t-Date\">تاريخ</span></p>\n");
        html.Append("<div class=\"columns\">\n<div>\n<h2>الأحداث</h2>\n<section class=\"timeline\">\n");
        foreach (TimelineEvent e in timeline.Events)
        {
            AppendEvent(html, e, entities, unresolved: false);
        }

        foreach (TimelineEvent e in timeline.Unresolved)
        {
            AppendEvent(html, e, entities, unresolved: true);
        }

        html.Append("</section>\n</div>\n<div>\n<h2>الوثائق</h2>\n");
        var marks = new Dictionary<string, List<(int Start, int End, string Type, string Id, string Title)>>(StringComparer.Ordinal);
        foreach (ResolvedEntity entity in timeline.Entities)
        {
            foreach (EntityMention m in entity.Mentions)
            {
                MarksOf(marks, m.DocumentId).Add((m.Start, m.End, entity.Type.ToString(), entity.Id, entity.Name));
            }
        }

        foreach (TimelineEvent e in timeline.Events.Concat(timeline.Unresolved))
        {
            foreach (EventSource s in e.Sources)
            {
                MarksOf(marks, s.DocumentId).Add((s.Date.Start, s.Date.End, "Date", e.Id, s.Date.Value));
            }
        }

        foreach (TimelineDocument document in documents)
        {
            html.Append("<article class=\"doc\"><h3>").Append(Encode(document.Id));
            if (document.ReferenceDate is { } date)
            {
                html.Append(" · ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            html.Append("</h3><p>");
            AppendHighlighted(html, document.Text, marks.GetValueOrDefault(document.Id) ?? []);
            html.Append("</p></article>\n");
        }

        html.Append("</div>\n</div>\n</main>\n<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static List<(int, int, string, string, string)> MarksOf(Dictionary<string, List<(int, int, string, string, string)>> marks, string document)
    {
        if (!marks.TryGetValue(document, out List<(int, int, string, string, string)>? list))
        {
            list = [];
            marks[document] = list;
        }

        return list;
    }

    private static void AppendEvent(StringBuilder html, TimelineEvent e, Dictionary<string, ResolvedEntity> entities, bool unresolved)
    {
        html.Append("<div class=\"event").Append(unresolved ? " unresolved" : string.Empty).Append("\" data-id=\"").Append(Encode(e.Id)).Append("\"><span class=\"when\">")
            .Append(Encode(e.Date.Value)).Append("</span><b>").Append(Encode(e.Date.Text)).Append("</b><div class=\"sentence\" title=\"").Append(Encode(e.Sentence)).Append("\">")
            .Append(Encode(e.Sentence)).Append("</div>");
        foreach (string id in e.Participants)
        {
            if (entities.TryGetValue(id, out ResolvedEntity? entity))
            {
                html.Append("<span class=\"chip t-").Append(entity.Type).Append("\" data-id=\"").Append(Encode(id)).Append("\">").Append(Encode(entity.Name)).Append("</span>");
            }
        }

        html.Append(" <span class=\"src\">").Append(Encode(string.Join(", ", e.Sources.Select(s => s.DocumentId)))).Append("</span></div>\n");
    }

    private static void AppendHighlighted(StringBuilder html, string text, List<(int Start, int End, string Type, string Id, string Title)> marks)
    {
        int position = 0;
        foreach ((int start, int end, string type, string id, string title) in marks.OrderBy(m => m.Start).ThenByDescending(m => m.End))
        {
            if (start < position || end > text.Length)
            {
                continue;
            }

            html.Append(Encode(text[position..start]));
            html.Append("<mark class=\"t-").Append(type).Append("\" data-id=\"").Append(Encode(id)).Append("\" title=\"").Append(Encode(title)).Append("\">")
                .Append(Encode(text[start..end])).Append("</mark>");
            position = end;
        }

        html.Append(Encode(text[position..]));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
