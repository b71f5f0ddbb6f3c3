namespace FamilyFirst.Domain.Common;

/// <summary>The outcome of an action the practice rules may refuse: success, or a plain-English reason why not.</summary>
public sealed class Result
{
    private Result(bool succeeded, string? error)
    {
        Succeeded = succeeded;
        Error = error;
    }

    public bool Succeeded { get; }

    /// <summary>A message a person can act on, in the Design System's wording. Null on success.</summary>
    public string? Error { get; }

    public static Result Ok() => new(true, null);

    public static Result Fail(string error) => new(false, error);
}

/// <summary>A value, or a plain-English reason it could not be produced.</summary>
public sealed class Result<T>
{
    private Result(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool Succeeded => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(string error) => new(default, error);
}
