from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "schoolgate.documents"
    label = "documents"
    verbose_name = "Documents"
