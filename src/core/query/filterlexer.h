#pragma once

// The tokens of the filter language, shared by the parser (filterexpr.cpp) and completion
// (filtercompletion.cpp), so both split a text the same way.

#include <cstddef>
#include <string>
#include <string_view>

namespace rs::filterlex {

enum class TokenKind { Word, String, Op, LParen, RParen, Comma, End };

struct Token {
    TokenKind kind = TokenKind::End;
    std::string text; // words and strings unescaped; operators as written (`&&`/`||` as and/or)
    std::size_t position = 0;
};

bool isSpace(char c);
// Whether a bare word (a field name or an unquoted value) ends at text[i].
bool endsBareToken(std::string_view text, std::size_t i);

class Lexer {
public:
    // Strict (the parser): an unterminated string is a ParseFailure at its quote. Forgiving
    // (completion, while the user types): it runs to the end of the text.
    enum class Mode { Strict, Forgiving };
    explicit Lexer(std::string_view text, Mode mode = Mode::Strict)
        : m_text(text)
        , m_mode(mode)
    {}

    Token next();

private:
    Token quoted(Token& token);

    std::string_view m_text;
    Mode m_mode;
    std::size_t m_pos = 0;
};

} // namespace rs::filterlex
