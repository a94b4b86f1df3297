namespace FinExtract.Pipeline;

/// <summary>One problem in a configuration file: where it is, what is wrong and how to fix it.</summary>
public sealed record ConfigError(string File, string JsonPath, string Message, string Hint)
{
    /// <inheritdoc />
    public override string ToString() =>
        Hint.Length > 0 ? $"{File}: {JsonPath}: {Message} (fix: {Hint})" : $"{File}: {JsonPath}: {Message}";
}

/// <summary>Thrown when a configuration has errors; carries all of them.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base($"{errors.Count} configuration error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
        => Errors = errors;

    /// <summary>All errors found.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }
}
