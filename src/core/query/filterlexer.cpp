#include "core/query/filterlexer.h"

#include "core/query/filterfields.h"

namespace rs::filterlex {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool endsBareToken(std::string_view text, std::size_t i)
{
    const char c = text[i];
    if (isSpace(c) || c == '(' || c == ')' || c == ',' || c == '"' || c == '=' || c == '!' || c == '<' ||
        c == '>' || c == '~')
        return true;
    // `a&&b` is two terms; a single & or | stays part of a value.
    return (c == '&' || c == '|') && i + 1 < text.size() && text[i + 1] == c;
}

Token Lexer::next()
{
    while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
        ++m_pos;
    Token token;
    token.position = m_pos;
    if (m_pos >= m_text.size())
        return token;
    const char c = m_text[m_pos];
    if (c == '(' || c == ')' || c == ',') {
        token.kind = c == '(' ? TokenKind::LParen : c == ')' ? TokenKind::RParen : TokenKind::Comma;
        token.text = std::string(1, c);
        ++m_pos;
        return token;
    }
    if (c == '"')
        return quoted(token);
    if ((c == '&' || c == '|') && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == c) {
        token.kind = TokenKind::Word; // the same keyword as `and`, `or`
        token.text = c == '&' ? "and" : "or";
        m_pos += 2;
        return token;
    }
    if (c == '=' || c == '!' || c == '<' || c == '>' || c == '~') {
        token.kind = TokenKind::Op;
        std::size_t length = 1;
        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '=' && c != '~')
            length = 2;
        token.text = std::string(m_text.substr(m_pos, length));
        m_pos += length;
        if (token.text == "==")
            token.text = "=";
        return token;
    }
    token.kind = TokenKind::Word;
    const std::size_t begin = m_pos;
    while (m_pos < m_text.size() && !endsBareToken(m_text, m_pos))
        ++m_pos;
    token.text = std::string(m_text.substr(begin, m_pos - begin));
    return token;
}

Token Lexer::quoted(Token& token)
{
    token.kind = TokenKind::String;
    ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != '"') {
        if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size() &&
            (m_text[m_pos + 1] == '"' || m_text[m_pos + 1] == '\\'))
            ++m_pos;
        token.text += m_text[m_pos++];
    }
    if (m_pos >= m_text.size()) {
        if (m_mode == Mode::Strict)
            filterfields::fail(token.position, "unterminated string");
        return token;
    }
    ++m_pos;
    return token;
}

} // namespace rs::filterlex
