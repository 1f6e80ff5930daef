# PyInstaller's own hook for this module, less the Qt plugins and translations the app does not use.
from qt_trim import trimmed_qt_dependencies

hiddenimports, binaries, datas = trimmed_qt_dependencies(__file__)
