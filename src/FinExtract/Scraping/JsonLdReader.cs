using System.Text.Json;

namespace FinExtract.Scraping;

/// <summary>The article fields found in a page's schema.org JSON-LD.</summary>
public sealed record JsonLdArticle
{
    /// <summary>headline (or name).</summary>
    public string? Headline { get; init; }
    /// <summary>alternativeHeadline or description.</summary>
    public string? Description { get; init; }
    /// <summary>Author names (persons or organisations).</summary>
    public IReadOnlyList<string> Authors { get; init; } = Array.Empty<string>();
    /// <summary>datePublished.</summary>
    public string? DatePublished { get; init; }
    /// <summary>dateModified.</summary>
    public string? DateModified { get; init; }
    /// <summary>publisher.name.</summary>
    public string? Publisher { get; init; }
    /// <summary>articleSection.</summary>
    public string? Section { get; init; }
    /// <summary>url or mainEntityOfPage.</summary>
    public string? Url { get; init; }
    /// <summary>inLanguage.</summary>
    public string? Language { get; init; }
}

/// <summary>Reads schema.org article objects out of JSON-LD script blocks, tolerating the usual mistakes.</summary>
public static class JsonLdReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "LiveBlogPosting",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "Report", "TechArticle", "WebPage", "SocialMediaPosting",
    };

    /// <summary>Typed objects that are not the page's work: their dates are an image's, a person's or the site's.</summary>
    private static readonly HashSet<string> NotTheWork = new(StringComparer.OrdinalIgnoreCase)
    {
        "ImageObject", "Person", "Organization", "NewsMediaOrganization", "WebSite", "BreadcrumbList", "ListItem", "SiteNavigationElement",
        "Place", "PostalAddress", "Offer", "AggregateRating", "Rating", "SearchAction", "EntryPoint", "ItemList",
    };

    /// <summary>Returns the best article object among the given script texts, or null.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? best = null;
        int bestRank = int.MaxValue;
        foreach (var script in scripts)
        {
            // Text that cannot be JSON is passed over without parsing; a statement's closing ';' is not part of the value.
            string json = script.Trim().TrimEnd(';').TrimEnd();
            if (json.Length == 0 || json[0] is not ('{' or '[')) continue;
            foreach (var doc in Values(WithoutControlCharacters(json)))
                using (doc) Pick(doc.RootElement, ref best, ref bestRank);
        }
        return best;
    }

    /// <summary>Keeps the best article object of one JSON value over <paramref name="best"/>, merging the fields of equal ranks.</summary>
    private static void Pick(JsonElement root, ref JsonLdArticle? best, ref int bestRank)
    {
        // Nodes by @id: an author is often a reference ({"@id": "#/person/1"}) to a Person elsewhere in the graph.
        var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var obj in Objects(root, 0))
            if (Str(obj, "@id") is { } id && (obj.TryGetProperty("name", out _) || obj.TryGetProperty("@type", out _))) byId.TryAdd(id, obj);
        foreach (var obj in Objects(root, 0))
        {
            string? type = TypeOf(obj);
            if (type == null || NotTheWork.Contains(type)) continue;
            // Article types first; another creative work (a how-to, a recipe, a review) only for its date.
            int rank = !ArticleTypes.Contains(type) ? 3 : type.Equals("WebPage", StringComparison.OrdinalIgnoreCase) ? 2
                : type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) ? 0 : 1;
            var a = FromObject(obj, byId);
            if (rank == 3) a = new JsonLdArticle { DatePublished = a.DatePublished };
            if (a.Headline == null && a.DatePublished == null && a.Authors.Count == 0) continue;
            if (rank < bestRank) { best = a; bestRank = rank; }
            else if (rank == bestRank && best != null)
            {
                best = best with
                {
                    Headline = best.Headline ?? a.Headline,
                    DatePublished = best.DatePublished ?? a.DatePublished,
                    Authors = best.Authors.Count > 0 ? best.Authors : a.Authors,
                };
            }
        }
    }

    private static readonly JsonReaderOptions Lenient = new()
    {
        AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64, AllowMultipleValues = true,
    };

    /// <summary>
    /// The JSON values a script holds, in order: one as a rule, but a script may hold several one after another, or stray text
    /// after a complete value (a closing brace too many). The values complete before a mistake are kept; broken JSON-LD is
    /// common, and the other sources take over what it loses.
    /// </summary>
    private static List<JsonDocument> Values(string json)
    {
        var values = new List<JsonDocument>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), Lenient);
        try
        {
            while (reader.Read()) values.Add(JsonDocument.ParseValue(ref reader));
        }
        catch (JsonException)
        {
        }
        return values;
    }

    /// <summary>Raw line breaks and tabs inside strings are a common JSON-LD mistake; as spaces they parse.</summary>
    private static string WithoutControlCharacters(string s)
    {
        if (!s.Any(c => c < ' ')) return s;
        return string.Create(s.Length, s, (span, src) =>
        {
            for (int i = 0; i < src.Length; i++) span[i] = src[i] < ' ' ? ' ' : src[i];
        });
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 6) yield break;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
                foreach (var o in Objects(x, depth + 1)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var g))
                foreach (var o in Objects(g, depth + 1)) yield return o;
            if (e.TryGetProperty("mainEntity", out var me) && me.ValueKind == JsonValueKind.Object)
                foreach (var o in Objects(me, depth + 1)) yield return o;
        }
    }

    private static string? TypeOf(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var t)) return null;
        if (t.ValueKind == JsonValueKind.String) return t.GetString();
        if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!)) return x.GetString();
        if (t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0 && t[0].ValueKind == JsonValueKind.String) return t[0].GetString();
        return null;
    }

    private static JsonLdArticle FromObject(JsonElement o, Dictionary<string, JsonElement> byId) => new()
    {
        Headline = Str(o, "headline") ?? Str(o, "name"),
        Description = Str(o, "alternativeHeadline") ?? Str(o, "description"),
        Authors = People(o, "author", byId).Concat(People(o, "creator", byId)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        DatePublished = Str(o, "datePublished") ?? Str(o, "dateCreated"),
        DateModified = Str(o, "dateModified"),
        Publisher = o.TryGetProperty("publisher", out var p) ? Names(p).FirstOrDefault() : null,
        Section = Str(o, "articleSection"),
        Url = Str(o, "url") ?? (o.TryGetProperty("mainEntityOfPage", out var m) ? (m.ValueKind == JsonValueKind.String ? m.GetString() : Str(m, "@id")) : null),
        Language = Str(o, "inLanguage"),
    };

    private static string? Str(JsonElement o, string key)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return NullIfEmpty(v.GetString());
        if (v.ValueKind == JsonValueKind.Array)
            foreach (var x in v.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String) return NullIfEmpty(x.GetString());
        if (v.ValueKind == JsonValueKind.Number) return v.GetRawText();
        return null;
    }

    /// <summary>
    /// A value trimmed, or null when blank; character references left in it by a page's template ("Jos&amp;#xE9;")
    /// are decoded, since JSON itself has no use for them.
    /// </summary>
    private static string? NullIfEmpty(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (s.Contains('&') && s.Contains(';')) s = System.Net.WebUtility.HtmlDecode(s);
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    /// <summary>Types of an author that is the outlet or a company, not a person: never an author.</summary>
    private static readonly HashSet<string> OrganisationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "NewsMediaOrganization", "Corporation", "LocalBusiness", "EducationalOrganization", "GovernmentOrganization", "WebSite", "Brand",
    };

    /// <summary>
    /// The people an article names as its authors: strings and Person objects, references resolved through the
    /// graph's @id nodes; an Organization (the outlet or its brand) is no author.
    /// </summary>
    private static IEnumerable<string> People(JsonElement o, string key, Dictionary<string, JsonElement> byId)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(key, out var v)) return Array.Empty<string>();
        var list = new List<string>();
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : new List<JsonElement> { v })
        {
            var node = item;
            if (node.ValueKind == JsonValueKind.Object && Str(node, "name") == null && Str(node, "@id") is { } id
                && byId.TryGetValue(id, out var target)) node = target;
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String
                && OrganisationTypes.Contains(t.GetString()!)) continue;
            list.AddRange(Names(node));
        }
        return list;
    }

    private static IEnumerable<string> Names(JsonElement v)
    {
        var list = new List<string>();
        if (v.ValueKind == JsonValueKind.String) { if (!string.IsNullOrWhiteSpace(v.GetString())) list.Add(v.GetString()!.Trim()); }
        else if (v.ValueKind == JsonValueKind.Object) { var n = Str(v, "name"); if (n != null) list.Add(n); }
        else if (v.ValueKind == JsonValueKind.Array)
            foreach (var x in v.EnumerateArray()) list.AddRange(Names(x));
        return list;
    }
}
