using System.Text;

namespace ActivityAware.Local.Asl.Distributed;

/// <summary>
/// Splits CSV text into rows of fields (RFC 4180: a field in double quotes may hold the delimiter, line breaks and <c>""</c> for a quote).
/// A line break ends a row, so a blank line is a row with no fields; the line break after the last row starts none.
/// </summary>
internal static class CsvRows
{
    public static IEnumerable<List<string>> Read(string text, char delimiter)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var rowHasContent = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                    field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                quoted = rowHasContent = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
                rowHasContent = true;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                if (rowHasContent || field.Length > 0)
                    row.Add(field.ToString());
                yield return row;
                row = [];
                field.Clear();
                rowHasContent = false;
            }
            else
            {
                field.Append(c);
                rowHasContent = true;
            }
        }
        if (rowHasContent || field.Length > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
