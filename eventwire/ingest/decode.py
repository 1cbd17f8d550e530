"""Bytes to text: detect binary content and decode any encoding to str."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from eventwire.errors import Reasons

# Magic numbers of common non-text files scraped by mistake.
BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"Rar!",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00",
)
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
# UTF-16 without a byte-order mark: Latin-script text puts a NUL in every other byte, which
# looks binary. Share of the even (or odd) bytes that must be NUL to try it as UTF-16.
UTF16_NUL_SHARE = 0.3
UTF16_MAX_CONTROLS = 0.01  # share of control characters the decoded text may hold


def sniff_utf16(data: bytes) -> str | None:
    """The text of BOM-less UTF-16 (little or big endian), or None if it does not read as such."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 8:
        return None
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if max(even, odd) < UTF16_NUL_SHARE or min(even, odd) > UTF16_NUL_SHARE / 3:
        return None
    enc = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data[: len(data) // 2 * 2].decode(enc)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:2048] if ch < " " and ch not in "\t\n\r\f")
    return text if controls <= UTF16_MAX_CONTROLS * min(len(text), 2048) else None


class DecodeError(ValueError):
    """Raised with a skip reason (`reason`) when bytes are not readable text."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def looks_binary(data: bytes) -> bool:
    """True for known binary magic numbers or a sample with many control bytes."""
    if data.startswith(BINARY_MAGIC):
        return True
    sample = data[:4096]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = sum(sample.count(bytes([b])) for b in CONTROL_BYTES)
    return b"\x00" in sample or controls / len(sample) > 0.05


def decode_with_info(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decoded text and how it was decoded ("utf-8", "windows-1252 (declared)", ...).

    Order: a byte-order mark, then UTF-8 (strict), then the charset the input declared (a WARC
    record's Content-Type), then charset_normalizer's detection. The second value is kept in
    the document's metadata as `encoding`.
    """
    if not data.strip():
        raise DecodeError(Reasons.EMPTY, "empty input")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), f"{enc} (byte-order mark)"
    if (b"\x00" in data[:4096] and not data.startswith(BINARY_MAGIC)
            and (text := sniff_utf16(data)) is not None):
        return text, "utf-16 (no byte-order mark: sniffed)"
    if looks_binary(data):
        raise DecodeError(Reasons.BINARY, "binary content, not text or HTML")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), f"{declared} (declared)"
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError(Reasons.UNDECODABLE, "no text encoding fits these bytes")
    text = data.decode(best.encoding, errors="replace")
    if text.count("\ufffd") > max(10, len(text) // 100):
        raise DecodeError(Reasons.UNDECODABLE, f"too many undecodable bytes as {best.encoding}")
    return text, f"{best.encoding} (detected)"
