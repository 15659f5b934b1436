# Windows: an NSIS installer (CPack) for relance.exe and relance-cli.exe with the Qt runtime next to them.
# Included from installer/CMakeLists.txt inside if(WIN32), before include(CPack). Built on Windows only; see
# installer/README.md for the toolchain (Qt 6 for MSVC or MinGW, vcpkg for nlohmann_json, spdlog, qtkeychain).
#
# Install layout, under C:\Program Files\Relance:
#   bin\relance.exe, bin\relance-cli.exe, bin\Qt6*.dll, bin\spdlog.dll, bin\qt6keychain.dll, ... , bin\qt.conf
#   plugins\platforms\qwindows.dll, plugins\sqldrivers\qsqlite.dll, plugins\styles\..., ...   (windeployqt)
#   translations\qtbase_fr.qm, qtbase_de.qm, ...                                               (windeployqt)
#   share\relance\translations\relance_{fr,de,en}.qm, share\relance\relance.sample.ini         (ui/Translations.cpp
#                                                                    finds them as <exe dir>\..\share\relance\translations)
#
# The user's data is NOT in the installation folder and the uninstaller leaves it alone:
#   database and logs   %APPDATA%\Relance\Relance\relance.db, ...\logs        (QStandardPaths::AppDataLocation)
#   settings            HKEY_CURRENT_USER\Software\Relance\Relance            (QSettings, organization/application)
#   API keys            Windows Credential Manager                            (QtKeychain)
# The CPack NSIS uninstaller deletes only the files and folders it installed (each listed by name, RMDir without /r)
# and its own registry keys: HKLM|HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\<registry key> and
# HKLM|HKCU\Software\<vendor>\<registry key>. Vendor "Relance developers" and key "Relance Installer" make the latter
# "Software\Relance developers\Relance Installer", which can never be the settings key "Software\Relance\Relance":
# do not rename the vendor to "Relance" with key "Relance", and never add CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS that
# delete $APPDATA\Relance or HKCU\Software\Relance.

# The executable's icon and version resource; a GUI program (no console window behind the workstation).
string(REPLACE "." "," RELANCE_RC_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
if(TARGET relance)
  target_sources(relance PRIVATE ${CMAKE_CURRENT_LIST_DIR}/relance.rc)
  set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/relance.rc TARGET_DIRECTORY relance PROPERTIES
    COMPILE_DEFINITIONS "RELANCE_RC_VERSION=${RELANCE_RC_VERSION};RELANCE_RC_VERSION_STRING=\"${PROJECT_VERSION}\"")
  set_target_properties(relance PROPERTIES WIN32_EXECUTABLE ON)
endif()

# Qt's runtime: windeployqt through the deploy script Qt generates (Qt 6.3+). It copies the Qt DLLs, the platform,
# style, image-format and SQL-driver plugins and Qt's own translations, and writes bin\qt.conf. relance-cli.exe uses a
# subset of relance.exe's Qt modules (Core, Network, Sql), so deploying for relance.exe covers both.
if(TARGET relance)
  qt_generate_deploy_app_script(TARGET relance FILENAME_VARIABLE relance_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${relance_deploy_script} COMPONENT Runtime)
endif()

# The non-Qt DLLs the programs link (vcpkg's spdlog, fmt, qt6keychain, ...): app/CMakeLists.txt and app/gui put both
# executables in the runtime dependency set relance_runtime_dlls; CMake resolves it from the built executables.
# System DLLs and the API sets stay out; the Visual C++ runtime comes from InstallRequiredSystemLibraries below.
set(relance_dll_dirs "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND relance_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
get_target_property(relance_qtcore_location Qt6::Core IMPORTED_LOCATION_RELEASE)
if(relance_qtcore_location)
  get_filename_component(relance_qt_bin "${relance_qtcore_location}" DIRECTORY)
  list(APPEND relance_dll_dirs "${relance_qt_bin}")
endif()
# MinGW: libstdc++-6.dll, libgcc_s_seh-1.dll, libwinpthread-1.dll sit next to the compiler.
if(MINGW)
  get_filename_component(relance_compiler_bin "${CMAKE_CXX_COMPILER}" DIRECTORY)
  list(APPEND relance_dll_dirs "${relance_compiler_bin}")
endif()
install(RUNTIME_DEPENDENCY_SET relance_runtime_dlls
  DESTINATION ${CMAKE_INSTALL_BINDIR}
  PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*"
  POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.[Dd][Ll][Ll]" ".*[Ss]ys[Ww][Oo][Ww]64/.*\\.[Dd][Ll][Ll]"
  DIRECTORIES ${relance_dll_dirs}
  COMPONENT Runtime)

# The Microsoft C++ runtime (MSVC builds), into bin\ next to the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT Runtime)
include(InstallRequiredSystemLibraries)

# ---- CPack NSIS --------------------------------------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS;ZIP")
# One installer, no components page: everything installed on Windows is the Runtime component anyway (the tests and
# benchmarks have no install rules, and the Windows build is configured with RELANCE_BUILD_TESTS=OFF).
set(CPACK_MONOLITHIC_INSTALL ON)
unset(CPACK_COMPONENTS_ALL)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Relance Installer") # see the note on user data above
set(CPACK_NSIS_PACKAGE_NAME "Relance")
set(CPACK_NSIS_DISPLAY_NAME "Relance ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64") # C:\Program Files\Relance
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/relance.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/relance.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\relance.exe") # the icon in "Apps & features"
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF) # relance-cli is for scheduled tasks; call it by its full path
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "relance.exe")
# Start menu: "Relance" -> bin\relance.exe (CPack adds "Uninstall" next to it).
set(CPACK_PACKAGE_EXECUTABLES "relance;Relance")
set(CPACK_CREATE_DESKTOP_LINKS "")
set(CPACK_NSIS_MENU_LINKS "") # no extra links
# Silent installs for software distribution (Intune, SCCM, GPO): `relance-<version>-win64.exe /S`, uninstall with
# `"C:\Program Files\Relance\Uninstall.exe" /S`. Both work with the CPack NSIS template as is.
