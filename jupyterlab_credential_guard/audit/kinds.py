"""How the browser should read a listed file, judged by its name: as a notebook, as text, or not at all."""

from __future__ import annotations

# Formats that are never text. The browser need not ask for them (the file read would refuse
# them anyway, by their content), but it can still recognise a credential file among them by
# its path, such as a `.p12` keystore.
BINARY_EXTENSIONS = frozenset(
    """
    png jpg jpeg gif bmp tif tiff webp ico heic svgz
    mp3 mp4 m4a wav flac ogg avi mov mkv webm
    zip gz tgz bz2 xz zst 7z tar rar whl egg jar
    so o a dll dylib exe pyc pyo class wasm
    nc nc4 h5 hdf5 hdf he5 grib grib2 grb npy npz pkl pickle parquet feather arrow orc avro
    mat sav rds rdata db sqlite sqlite3 fits fit tfrecord pt pth ckpt safetensors onnx
    pdf doc docx xls xlsx ppt pptx odt ods odp
    ttf otf woff woff2 eot
    p12 pfx jks keystore der
    """.split()
)


def file_kind(name: str) -> str:
    """`notebook` for `.ipynb`, `binary` for a known binary format, otherwise `text`."""
    dot = name.rfind(".")
    ext = name[dot + 1 :].lower() if dot > 0 else ""
    if ext == "ipynb":
        return "notebook"
    if ext in BINARY_EXTENSIONS:
        return "binary"
    return "text"
