using System.Text.Json;

namespace FinExtract.Pipeline;

/// <summary>Which input files are read and how much of each.</summary>
public sealed record InputConfig
{
    /// <summary>File extensions read (a ".gz" on top of any of them is accepted too).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = new[] { ".html", ".htm", ".xhtml", ".txt" };
    /// <summary>Largest file (after decompression) that is processed; larger ones become input.too-large.</summary>
    public long MaxFileBytes { get; init; } = 20_000_000;
}

/// <summary>Limits against hostile input.</summary>
public sealed record LimitsConfig
{
    /// <summary>Time allowed for one article through all stages, in milliseconds.</summary>
    public int ArticleTimeoutMs { get; init; } = 5000;
    /// <summary>Timeout for one regular-expression match, in milliseconds.</summary>
    public int RegexTimeoutMs { get; init; } = 200;
    /// <summary>Deepest DOM nesting walked; content below it is ignored.</summary>
    public int MaxDomDepth { get; init; } = 1000;
}

/// <summary>Output settings.</summary>
public sealed record OutputConfig
{
    /// <summary>Prefix text cells that start with = + - @ so spreadsheets show them as text.</summary>
    public bool NeutraliseFormulas { get; init; } = true;
}

/// <summary>A stage as declared in pipeline.json: its name and raw options.</summary>
public sealed record StageConfig(string Name, JsonElement Options, string JsonPath);

/// <summary>The resolved pipeline configuration.</summary>
public sealed record PipelineConfig
{
    /// <summary>The config file's format version.</summary>
    public int Version { get; init; } = 1;
    /// <summary>Input settings.</summary>
    public InputConfig Input { get; init; } = new();
    /// <summary>Limits.</summary>
    public LimitsConfig Limits { get; init; } = new();
    /// <summary>Output settings.</summary>
    public OutputConfig Output { get; init; } = new();
    /// <summary>Stages in the order they run.</summary>
    public IReadOnlyList<StageConfig> Stages { get; init; } = Array.Empty<StageConfig>();
    /// <summary>The folder relative paths in the config are resolved against.</summary>
    public string BaseDirectory { get; init; } = ".";
    /// <summary>The config file's path ("(built-in default)" when none).</summary>
    public string SourcePath { get; init; } = "(built-in default)";
    /// <summary>
    /// Every file the stages resolved while loading (rules, gazetteers, models, word lists), in load order:
    /// part of the pipeline's fingerprint, so a resumed run notices an edited rule as it notices an edited config.
    /// </summary>
    public List<string> FilesRead { get; } = new();
}
