# CPack: a .deb here (cpack -G DEB in the build folder); NSIS with windeployqt on Windows.
include(GNUInstallDirs)
install(FILES ${PROJECT_SOURCE_DIR}/resources/jinglao.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# The user guide with its screenshots, opened by 帮助 ▸ 用户指南 (ui/about/GuideDialog).
install(FILES ${PROJECT_SOURCE_DIR}/docs/guide_zh_CN.md ${PROJECT_SOURCE_DIR}/docs/guide_en.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/jinglao)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/screenshots DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/jinglao
        FILES_MATCHING PATTERN "*.png")
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/jinglao.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "jinglao")
set(CPACK_PACKAGE_VENDOR "Jinglao developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Records for a township elderly-care center (敬老院)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Jinglao developers")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "Jinglao 敬老")
    set(CPACK_PACKAGE_EXECUTABLES "jinglao" "Jinglao 敬老")
    # windeployqt copies the Qt libraries and plugins next to jinglao.exe before packaging.
    find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
    if(WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --no-compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/jinglao.exe\")")
    endif()
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
