using FinExtract.Documents;

namespace FinExtract.Output;

/// <summary>The column sets of the output tables and how an article becomes rows.</summary>
public static class OutputTables
{
    /// <summary>articles.csv columns.</summary>
    public static readonly string[] ArticleColumns =
    {
        "article_id", "source_path", "url", "title", "subtitle", "author", "agency", "published", "modified", "site", "section",
        "language", "word_count", "body", "url_source", "title_source", "subtitle_source", "author_source",
        "published_source", "modified_source", "site_source", "section_source", "language_source", "body_source",
        "encoding", "content_hash", "topic", "topic_confidence",
    };

    /// <summary>topics.csv columns: one row per topic an article has (its first, and the runners-up above the threshold).</summary>
    public static readonly string[] TopicColumns = { "article_id", "rank", "topic", "probability", "model" };

    /// <summary>Writes an article's topics.csv rows.</summary>
    public static void WriteTopics(CsvTable t, Article a)
    {
        for (int i = 0; i < a.Topics.Count; i++)
        {
            var topic = a.Topics[i];
            t.Text(a.ArticleId).Int(i + 1).Text(topic.Topic).Number(topic.Probability).Text(topic.Model);
            t.EndRow();
        }
    }

    /// <summary>entities.csv columns.</summary>
    public static readonly string[] EntityColumns =
    {
        "article_id", "entity_id", "type", "name", "mention", "start", "end", "ticker", "exchange", "role", "affiliation", "rule", "confidence",
    };

    /// <summary>Writes an article's entities.csv rows.</summary>
    public static void WriteEntities(CsvTable t, Article a)
    {
        foreach (var m in a.Entities)
        {
            t.Text(a.ArticleId).Text(m.EntityId).Text(m.Type).Text(m.Name).Span(a.Body[m.Start..m.End]).Int(m.Start).Int(m.End)
                .Text(m.Ticker).Text(m.Exchange).Text(m.Role).Text(m.Affiliation).Text(m.Rule).Number(Math.Round(m.Confidence, 3));
            t.EndRow();
        }
    }

    /// <summary>numbers.csv columns.</summary>
    public static readonly string[] NumberColumns =
    {
        "article_id", "text", "kind", "value", "unit", "role", "subject", "subject_name", "start", "end", "rule", "role_source", "confidence",
    };

    /// <summary>Writes an article's numbers.csv rows.</summary>
    public static void WriteNumbers(CsvTable t, Article a)
    {
        Dictionary<string, string>? names = null;
        foreach (var n in a.Numbers)
        {
            string subjectName = "";
            if (n.Subject.Length > 0)
            {
                names ??= a.Entities.GroupBy(e => e.EntityId).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
                subjectName = names.GetValueOrDefault(n.Subject, "");
            }
            t.Text(a.ArticleId).Span(a.Body[n.Start..n.End]).Text(n.Kind);
            if (n.Value is { } v) t.Number(v); else t.Text(n.ValueText);
            t.Text(n.Unit).Text(n.Role).Text(n.Subject).Text(subjectName).Int(n.Start).Int(n.End).Text(n.Rule).Text(n.RoleSource)
                .Number(Math.Round(n.Confidence, 3));
            t.EndRow();
        }
    }

    /// <summary>quotes.csv columns.</summary>
    public static readonly string[] QuoteColumns =
    {
        "article_id", "quote", "speaker", "speaker_entity_id", "cue", "start", "end", "rule", "confidence",
    };

    /// <summary>Writes an article's quotes.csv rows.</summary>
    public static void WriteQuotes(CsvTable t, Article a)
    {
        foreach (var q in a.Quotes)
        {
            t.Text(a.ArticleId).Span(a.Body[q.Start..q.End]).Text(q.Speaker).Text(q.SpeakerEntityId).Text(q.Cue).Int(q.Start).Int(q.End).Text(q.Rule)
                .Number(Math.Round(q.Confidence, 3));
            t.EndRow();
        }
    }

    /// <summary>moves.csv columns.</summary>
    public static readonly string[] MoveColumns =
    {
        "article_id", "entity_id", "name", "ticker", "direction", "percent", "price", "currency", "period", "start", "end", "rule", "confidence",
    };

    /// <summary>Writes an article's moves.csv rows.</summary>
    public static void WriteMoves(CsvTable t, Article a)
    {
        foreach (var m in a.Moves)
        {
            t.Text(a.ArticleId).Text(m.EntityId).Text(m.Name).Text(m.Ticker).Text(m.Direction).Number(m.Percent).Number(m.Price).Text(m.Currency)
                .Text(m.Period).Int(m.Start).Int(m.End).Text(m.Rule).Number(m.Confidence);
            t.EndRow();
        }
    }

    /// <summary>errors.csv columns.</summary>
    public static readonly string[] ErrorColumns = { "article_id", "source_path", "stage", "code", "message", "content_hash" };

    /// <summary>Writes one articles.csv row.</summary>
    public static void WriteArticle(CsvTable t, Article a)
    {
        var m = a.Metadata;
        t.Text(a.ArticleId).Text(a.SourcePath).Text(m.Url.Value).Text(m.Title.Value).Text(m.Subtitle.Value).Text(m.Author.Value)
            .Text(m.Agency.Value).Text(m.Published.Value).Text(m.Modified.Value).Text(m.Site.Value).Text(m.Section.Value).Text(m.Language.Value)
            .Int(a.WordCount).Span(a.Body)
            .Text(m.Url.SourceName).Text(m.Title.SourceName).Text(m.Subtitle.SourceName).Text(m.Author.SourceName)
            .Text(m.Published.SourceName).Text(m.Modified.SourceName).Text(m.Site.SourceName).Text(m.Section.SourceName)
            .Text(m.Language.SourceName).Text(a.BodySource).Text(a.Encoding).Text(a.ContentHash);
        if (a.Topics.Count > 0) t.Text(a.Topics[0].Topic).Number(a.Topics[0].Probability);
        else t.Text("").Text("");
        t.EndRow();
    }

    /// <summary>Writes one errors.csv row.</summary>
    public static void WriteError(CsvTable t, ArticleError e, string contentHash)
    {
        t.Text(e.ArticleId).Text(e.SourcePath).Text(e.Stage).Text(e.Code).Text(e.Message).Text(contentHash);
        t.EndRow();
    }
}
