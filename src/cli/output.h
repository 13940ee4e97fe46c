#pragma once

#include <QString>

#include <cstdio>
#include <string>
#include <string_view>

namespace rs::cli {

// Buffered writing to a stdio stream; large outputs (millions of rows) are built in one
// reusable buffer and flushed in big blocks.
class Output {
public:
    explicit Output(std::FILE* stream = stdout)
        : m_stream(stream)
    {
        m_buffer.reserve(kFlushBytes + 4096);
    }
    ~Output() { flush(); }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    std::string& buffer() { return m_buffer; }
    Output& operator<<(std::string_view text)
    {
        m_buffer += text;
        return *this;
    }
    Output& operator<<(const QString& text) { return *this << std::string_view(text.toStdString()); }
    void maybeFlush()
    {
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }
    void flush()
    {
        if (!m_buffer.empty())
            std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_stream);
        m_buffer.clear();
        std::fflush(m_stream);
    }

private:
    static constexpr std::size_t kFlushBytes = 1 << 20;
    std::FILE* m_stream;
    std::string m_buffer;
};

} // namespace rs::cli
