"""Tests of the pages: server-rendered views, their scripts, translations, and Chromium walk-throughs."""
