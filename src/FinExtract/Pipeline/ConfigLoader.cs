using System.Text.Json;

namespace FinExtract.Pipeline;

/// <summary>
/// Loads pipeline.json strictly: unknown keys, wrong types, missing files and stages whose prerequisites
/// are missing are all reported at once, with the JSON path and a fix, before any work is done.
/// </summary>
public static class ConfigLoader
{
    private static readonly string[] TopKeys = { "$schema", "version", "input", "limits", "stages", "output" };

    /// <summary>The layer every input has before the first stage.</summary>
    public const string SourceLayer = "source";

    /// <summary>Loads and validates a config file, building its stages.</summary>
    /// <exception cref="ConfigException">The file has one or more errors.</exception>
    public static LoadedPipeline LoadFile(string path, StageRegistry? registry = null)
    {
        string full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(new[] { new ConfigError(path, "$", $"cannot read the config file: {e.Message}", "check the path given to --config") });
        }
        return Load(text, path, Path.GetDirectoryName(full) ?? ".", registry);
    }

    private static InputConfig ReadInput(JsonElement root, JsonReader reader)
    {
        var input = new InputConfig();
        if (root.TryGetProperty("input", out var inp) && reader.ExpectObject(inp, "$.input", "extensions", "maxFileBytes"))
        {
            var ext = reader.Strings(inp, "extensions", "$.input");
            if (ext != null)
            {
                for (int i = 0; i < ext.Count; i++)
                    if (!ext[i].StartsWith('.') || ext[i].Length < 2)
                        reader.Error($"$.input.extensions[{i}]", $"'{ext[i]}' is not an extension", "write it with a leading dot, like \".html\"");
                if (ext.Count == 0) reader.Error("$.input.extensions", "the list is empty, so no file would be read",
                    "list at least one extension, like \".html\"");
            }
            input = new InputConfig
            {
                Extensions = ext?.Select(e => e.ToLowerInvariant()).ToList() ?? input.Extensions,
                MaxFileBytes = reader.Int(inp, "maxFileBytes", "$.input", input.MaxFileBytes, 1, 2_000_000_000),
            };
        }
        return input;
    }

    private static LimitsConfig ReadLimits(JsonElement root, JsonReader reader)
    {
        var limits = new LimitsConfig();
        if (root.TryGetProperty("limits", out var lim) && reader.ExpectObject(lim, "$.limits", "articleTimeoutMs", "regexTimeoutMs", "maxDomDepth"))
        {
            limits = new LimitsConfig
            {
                ArticleTimeoutMs = (int)reader.Int(lim, "articleTimeoutMs", "$.limits", limits.ArticleTimeoutMs, 10, 3_600_000),
                RegexTimeoutMs = (int)reader.Int(lim, "regexTimeoutMs", "$.limits", limits.RegexTimeoutMs, 1, 60_000),
                MaxDomDepth = (int)reader.Int(lim, "maxDomDepth", "$.limits", limits.MaxDomDepth, 16, 100_000),
            };
        }
        return limits;
    }

    private static OutputConfig ReadOutput(JsonElement root, JsonReader reader)
    {
        var output = new OutputConfig();
        if (root.TryGetProperty("output", out var outp) && reader.ExpectObject(outp, "$.output", "format", "neutraliseFormulas"))
        {
            string? format = reader.String(outp, "format", "$.output");
            if (format != null && format != "csv") reader.Error("$.output.format", $"unsupported format '{format}'", "use \"csv\"");
            output = new OutputConfig { NeutraliseFormulas = reader.Bool(outp, "neutraliseFormulas", "$.output", true) };
        }
        return output;
    }

    /// <summary>Schema errors, less those of stages the schema does not describe but the registry has (a library user's own stages).</summary>
    private static List<ConfigError> WithoutPluginStages(List<ConfigError> errors, JsonElement root, StageRegistry registry)
    {
        if (errors.Count == 0 || !root.TryGetProperty("stages", out var stages) || stages.ValueKind != JsonValueKind.Array) return errors;
        var known = ConfigSchema.StageNames;
        var plugins = new List<string>();
        int i = 0;
        foreach (var st in stages.EnumerateArray())
        {
            if (st.ValueKind == JsonValueKind.Object && st.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                && !known.Contains(n.GetString()!) && registry.Names.Contains(n.GetString()!))
                plugins.Add($"$.stages[{i}]");
            i++;
        }
        return errors.Where(e => !plugins.Any(p => e.JsonPath == p || e.JsonPath.StartsWith(p + ".", StringComparison.Ordinal))).ToList();
    }

    /// <summary>Loads and validates config text; relative paths resolve against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="ConfigException">The text has one or more errors.</exception>
    public static LoadedPipeline Load(string json, string fileName, string baseDirectory, StageRegistry? registry = null)
    {
        registry ??= StageRegistry.Default;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException(new[] { new ConfigError(fileName, $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}",
                "the file is not valid JSON: " + e.Message.Split(" Path:")[0], "fix the JSON syntax there (a missing comma or quote is usual)") });
        }

        using (doc)
        {
            var root = doc.RootElement;
            // Keys, types, ranges and stage names: the schema says what is allowed, in one place. Its check runs beside
            // the stage building (most of the start-up); when it finds errors, they are the report, whatever else failed.
            var schemaCheck = Task.Run(() => ConfigSchema.ValidateCached(root, fileName, json, e => WithoutPluginStages(e, root, registry)));
            LoadedPipeline? loaded = null;
            Exception? failure = null;
            try
            {
                loaded = Build(json, root, fileName, baseDirectory, registry);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failure = e;
            }
            var schemaErrors = schemaCheck.GetAwaiter().GetResult();
            if (schemaErrors.Count > 0) throw new ConfigException(schemaErrors);
            if (failure != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            return loaded!;
        }
    }

    /// <summary>Reads a config the schema allows and builds its stages; what a schema cannot say (files, order, twins) is checked here.</summary>
    private static LoadedPipeline Build(string json, JsonElement root, string fileName, string baseDirectory, StageRegistry registry)
    {
        var errors = new List<ConfigError>();
        var reader = new JsonReader(fileName, errors);
        if (!reader.ExpectObject(root, "$", TopKeys)) throw new ConfigException(errors);

        int version = (int)reader.Int(root, "version", "$", 1, 1, 1);
        var input = ReadInput(root, reader);
        var limits = ReadLimits(root, reader);
        var output = ReadOutput(root, reader);

        var stageConfigs = new List<StageConfig>();
        if (!root.TryGetProperty("stages", out var stages))
            reader.Error("$", "'stages' is required", "add \"stages\": [ { \"name\": \"scrape\" } ]");
        else if (stages.ValueKind != JsonValueKind.Array)
            reader.Error("$.stages", $"expected an array, found {JsonReader.Describe(stages)}", "write \"stages\": [ { \"name\": \"scrape\" } ]");
        else
        {
            int i = 0;
            foreach (var s in stages.EnumerateArray())
            {
                string p = $"$.stages[{i++}]";
                if (s.ValueKind != JsonValueKind.Object) { reader.Error(p, $"expected an object, found {JsonReader.Describe(s)}",
                    "write { \"name\": \"scrape\" }"); continue; }
                string? name = reader.String(s, "name", p, required: true);
                if (name != null) stageConfigs.Add(new StageConfig(name, s.Clone(), p));
            }
            if (i == 0) reader.Error("$.stages", "no stages are listed", "add at least { \"name\": \"scrape\" }");
        }

        var config = new PipelineConfig
        {
            Version = version, Input = input, Limits = limits, Output = output, Stages = stageConfigs,
            BaseDirectory = baseDirectory, SourcePath = fileName,
        };

        // The word lists beside the tool can be edited; one that cannot be read would fail every article, so it stops the run first.
        foreach (var p in Text.Lexicon.Problems())
            errors.Add(new ConfigError(Path.Combine(Text.Lexicon.Folder, p.FileName), $"line {p.Line}", p.Problem, p.Fix));
        if (errors.Count > 0) throw new ConfigException(errors);
        var built = BuildStages(stageConfigs, config, registry, reader, fileName);

        if (errors.Count > 0) throw new ConfigException(errors);
        return new LoadedPipeline(config, built, json);
    }

    /// <summary>
    /// Checks the stages' names, order and keys in order, then builds them at the same time (loading rules,
    /// gazetteers and models is most of a run's start-up, and the stages do not share it), each reporting into
    /// its own error list; the errors are then added in the stages' order, so the report never depends on timing.
    /// </summary>
    private static List<IStage> BuildStages(List<StageConfig> stageConfigs, PipelineConfig config, StageRegistry registry, JsonReader reader, string fileName)
    {
        var layers = new HashSet<string>(StringComparer.Ordinal) { SourceLayer };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var jobs = new List<(StageConfig Config, IStageFactory Factory)>();
        foreach (var sc in stageConfigs)
        {
            if (!registry.TryGet(sc.Name, out var factory))
            {
                string near = JsonReader.Nearest(sc.Name, registry.Names);
                reader.Error($"{sc.JsonPath}.name", $"unknown stage '{sc.Name}'",
                    (near.Length > 0 ? $"did you mean '{near}'? " : "") + $"known stages: {string.Join(", ", registry.Names)}");
                continue;
            }
            if (!seen.Add(sc.Name))
                reader.Error($"{sc.JsonPath}.name", $"stage '{sc.Name}' is listed twice", "keep one entry per stage");
            reader.ExpectObject(sc.Options, sc.JsonPath, factory.Keys.Prepend("name").ToArray());
            foreach (var need in factory.Requires)
                if (!layers.Contains(need))
                    reader.Error(sc.JsonPath, $"stage '{sc.Name}' needs the '{need}' layer, which no earlier stage provides",
                        $"put a stage that provides '{need}' ({ProvidersOf(need, registry)}) before '{sc.Name}'");
            foreach (var p in factory.Provides) layers.Add(p);
            jobs.Add((sc, factory));
        }
        var stageErrors = jobs.Select(_ => new List<ConfigError>()).ToArray();
        var stages = new IStage?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            stages[i] = jobs[i].Factory.Create(jobs[i].Config.Options, jobs[i].Config.JsonPath, config, new JsonReader(fileName, stageErrors[i]));
            if (stages[i] is IWarmUp warm) warm.WarmUp(); // beside the slower stages' building
        });
        foreach (var list in stageErrors)
            foreach (var e in list) reader.Error(e.JsonPath, e.Message, e.Hint);
        return stages.Where(s => s != null).Select(s => s!).ToList();
    }

    private static string ProvidersOf(string layer, StageRegistry registry) =>
        string.Join(", ", registry.Names.Where(n => registry.TryGet(n, out var f) && f.Provides.Contains(layer)));

    /// <summary>Resolves the files a stage entry names; a missing one is reported at its place with the fix.</summary>
    public static List<string> ExistingFiles(IReadOnlyList<string> paths, string at, PipelineConfig config, JsonReader reader)
    {
        var list = new List<string>();
        for (int i = 0; i < paths.Count; i++)
        {
            string full = ResolvePath(config, paths[i]);
            if (File.Exists(full)) list.Add(full);
            else reader.Error($"{at}[{i}]", $"file not found: {full}", "fix the path (relative to pipeline.json)");
        }
        return list;
    }

    /// <summary>
    /// Loads the model a stage option names (relative to pipeline.json), or reports why it cannot: the file is
    /// missing, its card is missing, or it does not load. Each error names the option and the train command.
    /// </summary>
    public static T? LoadModel<T>(JsonReader reader, System.Text.Json.JsonElement entry, string key, string jsonPath, PipelineConfig config,
        string task, Func<string, T> load)
        where T : class
    {
        if (reader.String(entry, key, jsonPath) is not { } rel) return null;
        string full = ResolvePath(config, rel);
        string at = $"{jsonPath}.{key}";
        if (!File.Exists(full)) reader.Error(at, $"file not found: {full}", $"train it with 'finextract train {task}' or fix the path");
        else if (!File.Exists(Path.ChangeExtension(full, ".card.json"))) reader.Error(at,
            "the model has no card beside it", $"retrain with 'finextract train {task}'");
        else
        {
            try { return load(full); }
            catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or FormatException or System.Text.Json.JsonException
                or IOException or ArgumentException)
            {
                reader.Error(at, $"the model could not be loaded: {ex.Message}", $"retrain with 'finextract train {task}'");
            }
        }
        return null;
    }

    /// <summary>Resolves a path from the config against its folder.</summary>
    public static string ResolvePath(PipelineConfig config, string path)
    {
        string full = Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(config.BaseDirectory, path));
        lock (config.FilesRead)
            if (!config.FilesRead.Contains(full)) config.FilesRead.Add(full);
        return full;
    }
}
